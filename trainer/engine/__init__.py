"""Qt-free engines: grading questions, building quizzes and lesson checks, running scenarios."""
