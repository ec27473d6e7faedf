<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../trainer/ui/dialogs/assessment.py" line="23" />
        <source>New assessment</source>
        <translation>新建考核</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/assessment.py" line="24" />
        <source>Name the assessment, choose its questions, and assign it to trainees. Each trainee sees it under Quizzes.</source>
        <translation>给考核起个名字，选择题目，并布置给学员。学员会在“测验”中看到它。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/assessment.py" line="27" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/assessment.py" line="35" />
        <source>Assign to</source>
        <translation>布置给</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/assessment.py" line="43" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/assessment.py" line="44" />
        <source>&amp;Pass mark</source>
        <translation>及格线(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/assessment.py" line="46" />
        <source>&amp;Assign to</source>
        <translation>布置给(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/assessment.py" line="65" />
        <source>No question fits this choice: choose more lessons or kinds of question.</source>
        <translation>没有题目符合这些选择：请多选几课或几种题型。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/assessment.py" line="67" />
        <source>Only {0} questions fit this choice: ask for at most {0}, or choose more lessons or kinds of question.</source>
        <translation>只有 {0} 道题符合这些选择：题数最多设为 {0}，或多选几课、几种题型。</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../../trainer/ui/pages/manager_assessments.py" line="35" />
        <source>Assessments</source>
        <translation>考核</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_assessments.py" line="36" />
        <source>&amp;New assessment…</source>
        <translation>新建考核(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_assessments.py" line="58" />
        <source>nobody yet</source>
        <translation>尚未布置</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_assessments.py" line="59" />
        <source>{0} — {1} questions, pass mark {2:.0%} — assigned to {3}</source>
        <translation>{0} — {1} 道题，及格线 {2:.0%} — 布置给 {3}</translation>
    </message>
</context>
<context>
    <name>ClassroomController</name>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="224" />
        <source>Join code {0}</source>
        <translation>加入代码 {0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="241" />
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="241" />
        <source>Acceptable</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="242" />
        <source>Failed</source>
        <translation>考核未通过</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="245" />
        <source>{0} · step {1}</source>
        <translation>{0} · 第 {1} 步</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="260" />
        <source>The room chose {0}.</source>
        <translation>全场选择了 {0}。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="262" />
        <source>A better way was {0}.</source>
        <translation>更好的做法是 {0}。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="264" />
        <source>The room's reply had: {0}.</source>
        <translation>全场的回答包含：{0}。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="265" />
        <source>none of the expected elements</source>
        <translation>没有包含应有的要点</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="275" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="275" />
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="275" />
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="276" />
        <source>Narrator</source>
        <translation>旁白</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="276" />
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="289" />
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="290" />
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="290" />
        <source>The quiz is over</source>
        <translation>测验结束</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="292" />
        <source>{0} questions answered by the room.</source>
        <translation>全场共回答了 {0} 道题。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="295" />
        <source>Question {0} of {1}</source>
        <translation>第 {0} 题，共 {1} 题</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="297" />
        <source>True</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="297" />
        <source>False</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/controller.py" line="306" />
        <source>The right answer is {0}.</source>
        <translation>正确答案是 {0}。</translation>
    </message>
</context>
<context>
    <name>ClassroomPage</name>
    <message>
        <location filename="../../trainer/ui/pages/classroom.py" line="148" />
        <source>Run a role-play or a quiz with the whole room: the console stays on this screen, the audience's view goes full screen on the projector.</source>
        <translation>带全班进行情景演练或测验：控制台留在这块屏幕上，观众画面在投影仪上全屏显示。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/classroom.py" line="150" />
        <source>Role-play with the room</source>
        <translation>全班情景演练</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/classroom.py" line="151" />
        <source>The customer speaks; the room votes A–D; reveal shows the votes, the consequence and the feedback; the room goes down the majority's way.</source>
        <translation>客户说话，全场按 A–D 投票；揭晓时显示投票分布、后果和点评；全场按多数人的选择继续。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/classroom.py" line="153" />
        <source>Start the role-play</source>
        <translation>开始情景演练</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/classroom.py" line="154" />
        <location filename="../../trainer/ui/pages/classroom.py" line="177" />
        <location filename="../../trainer/ui/pages/classroom.py" line="212" />
        <source>Quiz with the room</source>
        <translation>全班测验</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/classroom.py" line="155" />
        <source>Questions with A–D answers. Teams score one point for each right answer (speed never counts).</source>
        <translation>A–D 选项的题目。各小组每答对一题得 1 分（不计速度）。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/classroom.py" line="159" />
        <source>Questions</source>
        <translation>题数</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/classroom.py" line="160" />
        <source>Teams (optional)</source>
        <translation>小组（可选）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/classroom.py" line="161" />
        <source>e.g. Red, Blue, Green</source>
        <translation>例如：红队、蓝队、绿队</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/classroom.py" line="162" />
        <source>Start the quiz</source>
        <translation>开始测验</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/classroom.py" line="163" />
        <source>Open a live session: trainees answer on their own desks with a join code (all desks must share this database)</source>
        <translation>开启现场互动：学员用加入代码在自己的电脑上作答（所有电脑须使用同一个数据库）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/classroom.py" line="165" />
        <source>Join a live session</source>
        <translation>加入现场互动</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/classroom.py" line="166" />
        <source>Your trainer shows a code on the projector. Type it here to answer on your own screen; your answers go into your record.</source>
        <translation>培训师会在投影上显示一个代码。在这里输入，即可在自己的屏幕上作答；你的答案会记入你的学习记录。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/classroom.py" line="168" />
        <location filename="../../trainer/ui/pages/classroom.py" line="169" />
        <source>Join code</source>
        <translation>加入代码</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/classroom.py" line="170" />
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/classroom.py" line="207" />
        <source>No question fits this choice.</source>
        <translation>没有符合所选条件的题目。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/classroom.py" line="268" />
        <source>Choose your name at the top right first.</source>
        <translation>请先在右上角选择你的名字。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/classroom.py" line="272" />
        <source>Type the join code shown on the screen.</source>
        <translation>请输入投影屏幕上显示的加入代码。</translation>
    </message>
</context>
<context>
    <name>ClausePicker</name>
    <message>
        <location filename="../../trainer/ui/editors/clause_picker.py" line="33" />
        <source>Clauses the question tests</source>
        <translation>本题考查的条款</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/clause_picker.py" line="35" />
        <source>search the clauses</source>
        <translation>搜索条款</translation>
    </message>
</context>
<context>
    <name>ContentProblemsDialog</name>
    <message>
        <location filename="../../trainer/ui/dialogs/problems.py" line="13" />
        <source>Content problems</source>
        <translation>内容问题</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/problems.py" line="15" />
        <source>{0} problems were found in the content in {1}. Everything else was loaded and can be used. Fix the files below and start trainer again, or check them with 'trainer validate'.</source>
        <translation>在 {1} 的内容中发现 {0} 个问题。其余内容已加载，可以正常使用。请修正下列文件后重新启动，或用 “trainer validate” 检查。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/problems.py" line="21" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/problems.py" line="24" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ContentTab</name>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="16" />
        <source>reference</source>
        <translation>参考规范</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="17" />
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="18" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="19" />
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="20" />
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="23" />
        <source>lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="24" />
        <source>phrase bank</source>
        <translation>用语库</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="25" />
        <source>questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="26" />
        <source>role-play</source>
        <translation>情景演练</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="27" />
        <source>competencies</source>
        <translation>能力项</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="28" />
        <source>sources</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="30" />
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="30" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="30" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="31" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="31" />
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="32" />
        <source>Last edited by</source>
        <translation>最后编辑人</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="32" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="161" />
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="162" />
        <source>an item's name or title, or its last editor</source>
        <translation>条目名称、标题或最后编辑人</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="166" />
        <source>Every state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="167" />
        <source>The organisation's own and drafts</source>
        <translation>本单位自有及草稿</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="172" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="172" />
        <source>Source &amp;view…</source>
        <translation>源文本(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="173" />
        <source>&amp;History and revert…</source>
        <translation>历史与还原(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="173" />
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="174" />
        <source>&amp;Import pack…</source>
        <translation>导入内容包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="174" />
        <source>E&amp;xport pack…</source>
        <translation>导出内容包(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="231" />
        <source>{0} items: {1} of the organisation's own, {2} drafts waiting to be published.</source>
        <translation>共 {0} 个条目：本单位自有 {1} 个，待发布草稿 {2} 个。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="337" />
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="338" />
        <source>Every desk will use the drafts once published. What changed (for the history)?</source>
        <translation>发布后，所有终端都将使用这些草稿。请说明改了什么（记入历史）：</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="349" />
        <source>Published {0} items: every desk uses them within seconds.</source>
        <translation>已发布 {0} 个条目：各终端将在几秒内使用。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="351" />
        <source>{0} warnings (allowed).</source>
        <translation>{0} 条警告（允许发布）。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="352" />
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="364" />
        <source>Not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="367" />
        <source>Import a content pack</source>
        <translation>导入内容包</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="367" />
        <location filename="../../trainer/ui/widgets/content_tab.py" line="386" />
        <source>Content packs (*.zip)</source>
        <translation>内容包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="378" />
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="378" />
        <source>{0} items imported as drafts: check them, then publish.</source>
        <translation>已导入 {0} 个条目为草稿：请检查后发布。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="382" />
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="385" />
        <source>Export a content pack</source>
        <translation>导出内容包</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="393" />
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/content_tab.py" line="393" />
        <source>{0} items written to {1}</source>
        <translation>已将 {0} 个条目写入 {1}</translation>
    </message>
</context>
<context>
    <name>ContentWatcher</name>
    <message>
        <location filename="../../trainer/ui/content_watch.py" line="90" />
        <source>The content was updated: the organisation published a new version.</source>
        <translation>内容已更新：本单位发布了新版本。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../trainer/ui/models/dashboard.py" line="21" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/models/dashboard.py" line="21" />
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/models/dashboard.py" line="22" />
        <source>Intake</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/models/dashboard.py" line="22" />
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/models/dashboard.py" line="23" />
        <source>Average</source>
        <translation>正确率</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/models/dashboard.py" line="23" />
        <source>Best quiz</source>
        <translation>最好测验</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/models/dashboard.py" line="24" />
        <source>Passed</source>
        <translation>考核通过</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/models/dashboard.py" line="24" />
        <source>Failed</source>
        <translation>考核未通过</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/models/dashboard.py" line="25" />
        <source>Role-plays</source>
        <translation>演练</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/models/dashboard.py" line="25" />
        <source>Weakest</source>
        <translation>最薄弱</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/models/dashboard.py" line="26" />
        <source>Reviews due</source>
        <translation>待复习</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/models/dashboard.py" line="27" />
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/models/dashboard.py" line="27" />
        <source>Ready</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/models/dashboard.py" line="29" />
        <source>not yet</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/models/dashboard.py" line="29" />
        <source>ready</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/models/dashboard.py" line="36" />
        <source>{0} ({1} overdue)</source>
        <translation>{0}（逾期 {1}）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/models/dashboard.py" line="196" />
        <source>{0} (inactive)</source>
        <translation>{0}（已停用）</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="122" />
        <source>Grou&amp;p:</source>
        <translation>分组(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="123" />
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="124" />
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="125" />
        <source>Show &amp;inactive</source>
        <translation>显示停用学员(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="126" />
        <source>Ready when</source>
        <translation>达标条件：</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="127" />
        <source>lessons ≥</source>
        <translation>课程完成 ≥</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="127" />
        <source>answers right ≥</source>
        <translation>正确率 ≥</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="128" />
        <source>assessments passed ≥</source>
        <translation>通过考核 ≥</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="128" />
        <source>overdue ≤</source>
        <translation>逾期 ≤</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="133" />
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="134" />
        <source>Trainees and their progress</source>
        <translation>学员及其进度</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="135" />
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="230" />
        <source>How is this computed?</source>
        <translation>如何计算？</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="136" />
        <source>&amp;Edit trainee…</source>
        <translation>编辑学员(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="137" />
        <source>&amp;Reset records…</source>
        <translation>清空记录(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="138" />
        <source>&amp;Delete trainee…</source>
        <translation>删除学员(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="139" />
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="139" />
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="140" />
        <source>Export xAPI</source>
        <translation>导出 xAPI</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="146" />
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="191" />
        <source>everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="207" />
        <source>· reviews due: {0} ({1} overdue)</source>
        <translation>· 待复习：{0} 张（逾期 {1} 张）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="209" />
        <source>{0} shown · loading every trainee…</source>
        <translation>显示 {0} 人 · 正在载入全部学员…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="212" />
        <source>{0} shown · {1} ready of {2}</source>
        <translation>显示 {0} 人 · 达标 {1} / {2}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="215" />
        <source>{0} of {1} shown · {2} of them ready</source>
        <translation>显示 {0} 人（共 {1} 人）· 其中达标 {2} 人</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="261" />
        <source>Remove every record of {0} (answers, lessons, role-plays, reviews)? The profile stays.</source>
        <translation>清空 {0} 的全部记录（答题、课程、演练、复习）？学员资料保留。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="263" />
        <source>Delete {0} and every record of theirs? This cannot be undone.</source>
        <translation>删除 {0} 及其全部记录？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="264" />
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="283" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="304" />
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="304" />
        <source>Attempts</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="307" />
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager_dashboard.py" line="312" />
        <source>{0} could not be written: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>Debrief</name>
    <message>
        <location filename="../../trainer/ui/widgets/debrief.py" line="30" />
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/debrief.py" line="30" />
        <source>Acceptable</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/debrief.py" line="31" />
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/debrief.py" line="40" />
        <source>A forbidden phrase was said to the customer, so this play is rated {0} at best.</source>
        <translation>对客户说了服务忌语，本次演练最高只能评为“{0}”。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/debrief.py" line="62" />
        <source>Play &amp;again</source>
        <translation>再练一次(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/debrief.py" line="65" />
        <source>&amp;Choose another scenario</source>
        <translation>换一个情景(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/debrief.py" line="84" />
        <location filename="../../trainer/ui/widgets/debrief.py" line="94" />
        <source>Your path</source>
        <translation>你的选择</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/debrief.py" line="95" />
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/debrief.py" line="102" />
        <source>(time ran out) </source>
        <translation>（超时）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/debrief.py" line="109" />
        <source>Better: {0}</source>
        <translation>更好的做法：{0}</translation>
    </message>
</context>
<context>
    <name>DraftSaver</name>
    <message>
        <location filename="../../trainer/ui/editors/saving.py" line="46" />
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/saving.py" line="48" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../trainer/ui/dialogs/errors.py" line="13" />
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/errors.py" line="17" />
        <source>Unexpected error: {0}</source>
        <translation>意外错误：{0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../trainer/ui/map/find.py" line="38" />
        <source>{0} steps found</source>
        <translation>找到 {0} 个步骤</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="36" />
        <source>Dangling link</source>
        <translation>断开的链接</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="36" />
        <source>Unreachable step</source>
        <translation>无法到达的步骤</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="37" />
        <source>Dead end</source>
        <translation>死胡同</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="37" />
        <source>Endless loop</source>
        <translation>无出口的循环</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="38" />
        <source>Flag never set</source>
        <translation>从未设置的标记</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="38" />
        <source>Competency never scored</source>
        <translation>能力无路径得分</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="39" />
        <source>Ending no path reaches</source>
        <translation>无路径可达的结局</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="39" />
        <source>No ending</source>
        <translation>没有结局</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="40" />
        <source>Left to fill</source>
        <translation>待填写</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="40" />
        <source>Not valid</source>
        <translation>格式不符</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="40" />
        <source>Reference</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="42" />
        <source>A way on leads to a step that does not exist</source>
        <translation>一条去路指向不存在的步骤</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="43" />
        <source>No way from the start leads here</source>
        <translation>从开始步骤无法到达这里</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="44" />
        <source>No choices, no typed reply, and not an ending</source>
        <translation>没有选项、没有输入回答，也不是结局</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="45" />
        <source>From here no ending can be reached</source>
        <translation>从这里无法走到任何结局</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="46" />
        <source>Needs a flag that no step sets</source>
        <translation>需要一个没有任何步骤设置的标记</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="47" />
        <source>No path scores on this competency</source>
        <translation>没有任何路径在此能力上得分</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="48" />
        <source>No play reaches this ending: the flags on its way are never all set</source>
        <translation>没有演练能到达此结局：路上需要的标记从未同时设置</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="49" />
        <source>The scenario has no ending</source>
        <translation>情景没有结局</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="50" />
        <source>Still to fill:</source>
        <translation>待填写：</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="63" />
        <source>Errors: {0} · left to fill: {1}</source>
        <translation>错误 {0} 个 · 待填写 {1} 处</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="64" />
        <source>No findings: every step can be played to an ending</source>
        <translation>没有问题：每个步骤都能走到结局</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="27" />
        <source>Welcome to the Service Conduct Trainer</source>
        <translation>欢迎使用服务规范训练</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="29" />
        <source>Set up the manager account first. The manager reads every trainee's results and runs assessments; the passcode protects them. Trainees need no passcode (a PIN is optional).</source>
        <translation>请先设置管理员账户。管理员可以查看所有学员的成绩并组织考核，口令用来保护这些记录。学员不需要口令（可选设置 PIN 码）。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="33" />
        <source>Manager's name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="34" />
        <source>Passcode</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="35" />
        <source>Repeat passcode</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="36" />
        <source>at least 6 characters</source>
        <translation>至少 6 个字符</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="37" />
        <source>Manager's &amp;name</source>
        <translation>管理员姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="38" />
        <source>&amp;Passcode</source>
        <translation>口令(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="39" />
        <source>&amp;Repeat passcode</source>
        <translation>再次输入口令(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="43" />
        <source>the two passcodes differ</source>
        <translation>两次输入的口令不一致</translation>
    </message>
</context>
<context>
    <name>FlagsDialog</name>
    <message>
        <location filename="../../trainer/ui/map/play.py" line="24" />
        <source>Play from {0}</source>
        <translation>从 {0} 开始演练</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/play.py" line="26" />
        <source>Set the flags the earlier steps would have set. The play is not recorded.</source>
        <translation>勾选前面步骤本应设置的标记。本次演练不做记录。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/play.py" line="33" />
        <source>This scenario uses no flags.</source>
        <translation>此情景不使用标记。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/play.py" line="35" />
        <source>Play</source>
        <translation>演练</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../trainer/ui/editors/history.py" line="23" />
        <source>History: {0}</source>
        <translation>历史：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/history.py" line="36" />
        <source>Revert to this revision</source>
        <translation>还原到此版本</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/history.py" line="38" />
        <source>Revert to the reference</source>
        <translation>还原为参考规范</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/history.py" line="59" />
        <source>back to the reference</source>
        <translation>还原为参考规范</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/history.py" line="59" />
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/history.py" line="60" />
        <source>Revision {0} · {1} · {2}</source>
        <translation>第 {0} 版 · {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/history.py" line="65" />
        <source>No revision yet: the item is as the reference has it.</source>
        <translation>尚无版本：该条目与参考规范相同。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/history.py" line="94" />
        <source>A draft was made from it: publish it in the Content tab.</source>
        <translation>已据此生成草稿：请在“内容”页发布。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../trainer/ui/pages/home.py" line="59" />
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/home.py" line="60" />
        <source>Choose your name at the top right, or add yourself with +.</source>
        <translation>请在右上角选择你的名字，或点 + 添加自己。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/home.py" line="62" />
        <source>Welcome, {0}</source>
        <translation>欢迎，{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/home.py" line="63" />
        <source>Learn the code of conduct, practise it, and show what you know.</source>
        <translation>学习服务规范，演练它，并展示你的掌握程度。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/home.py" line="68" />
        <source>Due for review</source>
        <translation>待复习</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/home.py" line="70" />
        <source>cards you missed, due today (open Review)</source>
        <translation>张错题卡今天到期（打开“复习”）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/home.py" line="71" />
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/home.py" line="73" />
        <source>lessons completed (check passed), in Chinese and English</source>
        <translation>课已完成（小测通过），中英文对照</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/home.py" line="76" />
        <source>Phrase bank</source>
        <translation>服务用语库</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/home.py" line="78" />
        <source>service phrases to use / forbidden phrases to avoid</source>
        <translation>条服务用语 / 条服务忌语</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="38" />
        <location filename="../../trainer/ui/importer/review_dialog.py" line="348" />
        <source>Import a document</source>
        <translation>导入规范文件</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="45" />
        <source>Choose documents…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="48" />
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="49" />
        <source>Choose a code of conduct: Word, PDF, text or a saved web page.</source>
        <translation>请选择一份行为规范：Word、PDF、文本文件或保存的网页。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="56" />
        <source>The document</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="58" />
        <source>What was found</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="59" />
        <source>Found</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="59" />
        <source>Place in the document</source>
        <translation>在原文中的位置</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="59" />
        <source>Rule numbers</source>
        <translation>规定的数字</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="64" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="65" />
        <source>Merge with next</source>
        <translation>与下一条合并</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="66" />
        <source>Split…</source>
        <translation>拆分…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="67" />
        <source>Reject</source>
        <translation>不采用</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="68" />
        <source>Accept</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="69" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="70" />
        <source>Put this line back into the document and find the clauses again</source>
        <translation>把这一行放回原文并重新识别条款</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="93" />
        <location filename="../../trainer/ui/importer/review_dialog.py" line="354" />
        <source>Save the drafts in</source>
        <translation>草稿保存位置</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="94" />
        <source>A new folder for the drafts</source>
        <translation>存放草稿的新文件夹</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="95" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="97" />
        <source>Save as drafts</source>
        <translation>保存为草稿</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="101" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="104" />
        <source>Save the drafts in:</source>
        <translation>草稿保存到：</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="127" />
        <source>Reading {0} documents…</source>
        <translation>正在读取 {0} 个文件…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="136" />
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="151" />
        <source>Found {0} clauses; {1} lines of page furniture removed. Review them, then save as drafts.</source>
        <translation>识别出 {0} 条条款，删除了 {1} 行页面杂项（目录、页码、横幅等）。请逐条审核，然后保存为草稿。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="153" />
        <source>No numbering was found: one clause per paragraph.</source>
        <translation>未识别到条款编号：每段作为一条。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="191" />
        <source>Lesson: {0}</source>
        <translation>课程：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="206" />
        <source>Phrases ({0})</source>
        <translation>用语（{0}）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="209" />
        <source>service</source>
        <translation>服务用语</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="209" />
        <source>forbidden</source>
        <translation>服务忌语</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="211" />
        <source>Removed as page furniture ({0})</source>
        <translation>作为页面杂项删除（{0}）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="277" />
        <source>Edit the clause</source>
        <translation>编辑条款</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="277" />
        <source>Clause text:</source>
        <translation>条款内容：</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="297" />
        <source>Split the clause</source>
        <translation>拆分条款</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="297" />
        <source>Put a line break where the second clause begins:</source>
        <translation>在第二条开始的位置换行：</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="341" />
        <source>Restored; the clauses of {0} were found again.</source>
        <translation>已恢复；{0} 的条款已重新识别。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="364" />
        <source>Choose a new folder for the drafts first.</source>
        <translation>请先选择一个存放草稿的新文件夹。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="369" />
        <source>Saving the drafts…</source>
        <translation>正在保存草稿…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="376" />
        <source>Saved {0} lessons, {1} clauses and {2} questions as drafts in {3}.</source>
        <translation>已将 {0} 门课程、{1} 条条款和 {2} 道题保存为草稿，位置：{3}。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/review_dialog.py" line="378" />
        <source>{0} problems: run trainer validate.</source>
        <translation>{0} 个问题：请运行 trainer validate。</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <location filename="../../trainer/ui/widgets/items_tab.py" line="73" />
        <source>&amp;Compute</source>
        <translation>计算(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/items_tab.py" line="74" />
        <source>Facility index: the share of right answers. Discrimination index: how well the question separates strong from weak trainees (the correlation with the rest of the quiz, ×100), as in Moodle's quiz statistics.</source>
        <translation>难度系数：答对的比例。区分度：题目区分强弱学员的能力（与本次测验其余题目得分的相关系数 ×100），计算方法与 Moodle 测验统计相同。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/items_tab.py" line="77" />
        <source>Clauses most often broken</source>
        <translation>最常违反的条款</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/items_tab.py" line="79" />
        <source>Questions and how often they were answered right</source>
        <translation>各题及答对的比例</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/items_tab.py" line="80" />
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/items_tab.py" line="80" />
        <source>Answers</source>
        <translation>作答次数</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/items_tab.py" line="80" />
        <source>Facility</source>
        <translation>难度系数</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/items_tab.py" line="81" />
        <source>Discrimination</source>
        <translation>区分度</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/items_tab.py" line="81" />
        <source>Most common wrong answer</source>
        <translation>最常见的错误答案</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/items_tab.py" line="82" />
        <source>Answered on an earlier version</source>
        <translation>旧版本作答</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/items_tab.py" line="83" />
        <source>Current version only</source>
        <translation>只看当前版本</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/items_tab.py" line="148" />
        <source>(no answer in time)</source>
        <translation>（超时未答）</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="182" />
        <source>Lesson editor: {0}</source>
        <translation>课程编辑：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="183" />
        <source>Lesson {0}: clauses in Chinese and English</source>
        <translation>课程 {0}：中英文条款</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="184" />
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="184" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="184" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="185" />
        <source>Note or conflict (Chinese), after the clause</source>
        <translation>注释或冲突说明（中文），位于条款之后</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="186" />
        <source>Note (English)</source>
        <translation>注释（英文）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="187" />
        <source>&amp;Insert clause</source>
        <translation>插入条款(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="187" />
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="188" />
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="188" />
        <source>De&amp;lete clause</source>
        <translation>删除条款(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="189" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="189" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="191" />
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="192" />
        <source>Preview, as the trainee sees it (numbers highlighted)</source>
        <translation>预览：学员看到的样子（数字已突出显示）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="193" />
        <source>Problems (checked while you type)</source>
        <translation>问题（边输入边检查）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="285" />
        <source>Edit the note of clause {0}</source>
        <translation>编辑第 {0} 条的注释</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="306" />
        <source>Edit clause {0}</source>
        <translation>编辑第 {0} 条</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="312" />
        <source>New clause</source>
        <translation>新条款</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="313" />
        <source>Insert a clause after {0}</source>
        <translation>在第 {0} 条后插入条款</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="318" />
        <source>Delete clause {0}</source>
        <translation>删除第 {0} 条</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="323" />
        <source>Move clause {0}</source>
        <translation>移动第 {0} 条</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="329" />
        <source>edited in the lesson editor</source>
        <translation>在课程编辑器中修改</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="337" />
        <source>Draft saved. Publish it in the Content tab for every desk to use.</source>
        <translation>草稿已保存。在“内容”页发布后，所有终端才会使用。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="339" />
        <source>References followed in: {0}</source>
        <translation>已同步更新引用：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/lesson_editor.py" line="346" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../../trainer/ui/widgets/lesson_view.py" line="53" />
        <source>Not translated yet: this lesson is shown in its original language.</source>
        <translation>尚未翻译：本课程以原文显示。</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="166" />
        <source>Lesson text</source>
        <translation>课程正文</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="167" />
        <source>Search all lessons (Ctrl+F)</source>
        <translation>搜索全部课程 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="168" />
        <source>Search all lessons</source>
        <translation>搜索全部课程</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="169" />
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="170" />
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="171" />
        <location filename="../../trainer/ui/pages/lessons.py" line="172" />
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="173" />
        <source>&amp;Read aloud</source>
        <translation>朗读全文(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="174" />
        <source>Read &amp;clause</source>
        <translation>朗读本条(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="175" />
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lesson_check.py" line="59" />
        <source>Check what you learned</source>
        <translation>课后小测</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="177" />
        <source>C&amp;ontents</source>
        <translation>目录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="178" />
        <source>Show or hide the contents</source>
        <translation>显示或隐藏目录</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="179" />
        <source>&amp;Back to the lesson</source>
        <translation>返回课程(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="180" />
        <source>Try &amp;again</source>
        <translation>再测一次(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lesson_check.py" line="49" />
        <location filename="../../trainer/ui/pages/lessons.py" line="204" />
        <source>Completed: check passed</source>
        <translation>已完成：小测已通过</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lesson_check.py" line="50" />
        <location filename="../../trainer/ui/pages/lessons.py" line="204" />
        <source>Opened</source>
        <translation>已阅读</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="205" />
        <source>Not opened yet</source>
        <translation>尚未阅读</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="237" />
        <source>Nothing found for “{0}”.</source>
        <translation>没有找到“{0}”。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="342" />
        <source>Click into a clause, or choose one in the contents, first.</source>
        <translation>请先点击正文中的某一条，或在目录中选择一条。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="350" />
        <location filename="../../trainer/ui/pages/lessons.py" line="351" />
        <source>Reading aloud…</source>
        <translation>正在朗读…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="364" />
        <source>Reading aloud is not available: {0}</source>
        <translation>无法朗读：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="377" />
        <source>Choose your name at the top right first: the result is recorded for you.</source>
        <translation>请先在右上角选择你的名字：成绩会记录在你的名下。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lessons.py" line="380" />
        <source>This lesson has no check questions yet.</source>
        <translation>本课暂时没有小测题目。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lesson_check.py" line="58" />
        <source>Back to the check</source>
        <translation>回到小测</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lesson_check.py" line="125" />
        <source>Passed: this lesson is completed.</source>
        <translation>通过：本课已完成。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/lesson_check.py" line="126" />
        <source>Not passed yet: {0} right answers are needed.</source>
        <translation>尚未通过：需要答对 {0} 题。</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location filename="../../trainer/ui/classroom/live_panel.py" line="47" />
        <location filename="../../trainer/ui/classroom/live_panel.py" line="68" />
        <source>Leave the session</source>
        <translation>离开互动</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/live_panel.py" line="97" />
        <source>The session has ended. Thank you!</source>
        <translation>本次互动已结束，谢谢参与！</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/live_panel.py" line="68" />
        <location filename="../../trainer/ui/classroom/live_panel.py" line="100" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/live_panel.py" line="104" />
        <source>Joined. Wait for the first question on the screen.</source>
        <translation>已加入。请等待屏幕上出现第一题。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/live_panel.py" line="109" />
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/live_panel.py" line="116" />
        <source>Say your reply aloud when the presenter asks; the presenter notes what the room's reply had.</source>
        <translation>培训师请大家说出回答时，请大声说出来；培训师会记下全班的回答包含了哪些要点。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/live_panel.py" line="131" />
        <location filename="../../trainer/ui/classroom/live_panel.py" line="140" />
        <source>Look at the screen.</source>
        <translation>请看投影屏幕。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/live_panel.py" line="134" />
        <source>True</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/live_panel.py" line="134" />
        <source>False</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/live_panel.py" line="157" />
        <source>Choose your answer.</source>
        <translation>请选择你的答案。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/live_panel.py" line="158" />
        <source>Your answer: {0}. You can change it until the presenter reveals.</source>
        <translation>你的答案：{0}。在培训师揭晓之前可以更改。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/live_panel.py" line="163" />
        <source>Revealed: the right answer is {0}.</source>
        <translation>已揭晓：正确答案是 {0}。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/live_panel.py" line="164" />
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/live_panel.py" line="164" />
        <source>not right</source>
        <translation>不正确</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/live_panel.py" line="165" />
        <source>Revealed: the right answer is {0}; yours ({1}) is {2}.</source>
        <translation>已揭晓：正确答案是 {0}；你的答案（{1}）{2}。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/live_panel.py" line="167" />
        <source>Revealed: look at the screen.</source>
        <translation>已揭晓：请看投影屏幕。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="152" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="153" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="154" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="155" />
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="156" />
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="157" />
        <source>Normal text size</source>
        <translation>正常文字大小</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="158" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="159" />
        <source>Content problems…</source>
        <translation>内容问题…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="160" />
        <source>Import a document…</source>
        <translation>导入规范文件…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="161" />
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="171" />
        <source>No Chinese font is installed, so Chinese text shows as empty boxes. Install one: on Debian or Ubuntu, sudo apt-get install fonts-noto-cjk; on Windows, add the Chinese language pack.</source>
        <translation>没有安装中文字体，中文会显示成空白方框。请安装一种：Debian 或 Ubuntu 上运行 sudo apt-get install fonts-noto-cjk；Windows 上添加中文语言包。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="174" />
        <source>{0} content problems</source>
        <translation>{0} 个内容问题</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="190" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="192" />
        <source>shared PostgreSQL server</source>
        <translation>共享的 PostgreSQL 服务器</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="192" />
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="193" />
        <source>Records are saved on {0}.</source>
        <translation>学习记录保存在{0}。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/main_window.py" line="206" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <location filename="../../trainer/ui/pages/manager.py" line="90" />
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager.py" line="92" />
        <source>Locked. Enter the manager passcode to open the manager area.</source>
        <translation>已锁定。请输入管理员口令以打开管理区。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager.py" line="93" />
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager.py" line="84" />
        <source>Who is ready to visit customers alone: the dashboard, each trainee's record, item statistics, assessments and the roster. Only the manager may open it.</source>
        <translation>谁已经可以独立上门服务：总览、每位学员的记录、题目统计、考核和学员名册。仅管理员可以打开。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager.py" line="28" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager.py" line="88" />
        <source>Unlocked as {0}. Lock it before you leave the desk.</source>
        <translation>已由 {0} 解锁。离开座位前请锁定。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager.py" line="23" />
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager.py" line="24" />
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager.py" line="25" />
        <source>Questions</source>
        <translation>题目分析</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager.py" line="26" />
        <source>Assessments</source>
        <translation>考核</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/manager.py" line="27" />
        <source>Roster and audit</source>
        <translation>名册与操作日志</translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message>
        <location filename="../../trainer/ui/map/commands.py" line="18" />
        <source>New step {0}</source>
        <translation>新建步骤 {0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/commands.py" line="53" />
        <source>Delete step {0}</source>
        <translation>删除步骤 {0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/commands.py" line="66" />
        <source>Rename {0} to {1}</source>
        <translation>将 {0} 改名为 {1}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/commands.py" line="78" />
        <source>Move {0}</source>
        <translation>移动 {0}</translation>
    </message>
</context>
<context>
    <name>MissingContent</name>
    <message>
        <location filename="../../trainer/ui/widgets/missing_content.py" line="13" />
        <source>No lessons were found, so there is nothing to read here. trainer looks for them in {0}</source>
        <translation>没有找到课程，这里暂时没有可读的内容。trainer 在此处查找课程：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/missing_content.py" line="15" />
        <source>No role-play scenarios were found, so there is nothing to play here. trainer looks for them in {0}</source>
        <translation>没有找到情景演练，这里暂时没有可练习的内容。trainer 在此处查找情景演练：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/missing_content.py" line="17" />
        <source>No hand-written questions were found: quizzes ask only the questions made from the phrase bank, and lessons have no check. trainer looks for them in {0}</source>
        <translation>没有找到手写题目：测验只能出由用语库生成的题目，课程也没有测验题。trainer 在此处查找题目：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/missing_content.py" line="20" />
        <source>This lesson has no check questions yet, so it cannot be completed. trainer looks for them in {0}</source>
        <translation>本课还没有测验题，因此无法完成。trainer 在此处查找题目：{0}</translation>
    </message>
</context>
<context>
    <name>NewScenarioDialog</name>
    <message>
        <location filename="../../trainer/ui/map/new.py" line="23" />
        <source>New scenario</source>
        <translation>新建情景</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/new.py" line="32" />
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/new.py" line="33" />
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/new.py" line="34" />
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/new.py" line="35" />
        <source>The shape of the upset customer (a complaint, escalation, follow-up)</source>
        <translation>仿照“愤怒的客户”（投诉、上报、跟进）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/new.py" line="36" />
        <source>The shape of the missed appointment (a timed phone call, typed replies)</source>
        <translation>仿照“错过的预约”（限时电话、输入回答）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/new.py" line="38" />
        <source>The shape of the data-risk repair (flags: backup, consent)</source>
        <translation>仿照“有数据风险的维修”（标记：备份、签字同意）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/new.py" line="42" />
        <source>Empty: one step to start from</source>
        <translation>空白：从一个步骤开始</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/new.py" line="43" />
        <source>From a Twine story (.twee, .tw)…</source>
        <translation>从 Twine 故事导入（.twee、.tw）…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/new.py" line="52" />
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/new.py" line="57" />
        <source>Start from</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/new.py" line="74" />
        <source>An id is lower-case words joined by -, e.g. late-delivery</source>
        <translation>编号为以 - 连接的小写英文单词，如 late-delivery</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/new.py" line="77" />
        <location filename="../../trainer/ui/map/new.py" line="111" />
        <source>There is a scenario '{0}' already</source>
        <translation>已有情景“{0}”</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/new.py" line="99" />
        <source>A Twine story</source>
        <translation>Twine 故事</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/new.py" line="100" />
        <source>Twee 3 (*.twee *.tw)</source>
        <translation>Twee 3（*.twee *.tw）</translation>
    </message>
</context>
<context>
    <name>PasscodeDialog</name>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="92" />
        <source>Manager</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="93" />
        <source>The manager area shows every trainee's records. Enter the manager passcode.</source>
        <translation>管理区显示所有学员的记录。请输入管理员口令。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="94" />
        <source>Passcode</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="95" />
        <source>&amp;Passcode</source>
        <translation>口令(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PhonesPanel</name>
    <message>
        <location filename="../../trainer/ui/classroom/phones_panel.py" line="80" />
        <source>Phones</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/phones_panel.py" line="81" />
        <source>Let phones join</source>
        <translation>手机加入</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/phones_panel.py" line="82" />
        <source>Network the phones join on</source>
        <translation>手机连接的网络</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/phones_panel.py" line="83" />
        <source>Remove the chosen name</source>
        <translation>移除选中的名字</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/phones_panel.py" line="101" />
        <source>No network found: connect the laptop to the room's Wi-Fi first.</source>
        <translation>没有找到网络：请先把电脑连到培训室的 Wi-Fi。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/phones_panel.py" line="104" />
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/phones_panel.py" line="114" />
        <source>The laptop may go to sleep: keep it awake by hand ({0}).</source>
        <translation>电脑可能进入睡眠：请手动保持唤醒（{0}）。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/phones_panel.py" line="115" />
        <source>The laptop is kept awake while phones are in the room.</source>
        <translation>手机在课堂中时，电脑保持唤醒。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/phones_panel.py" line="122" />
        <source>{0}
or open {1} and type the code {2}</source>
        <translation>{0}
或打开 {1}，输入加入码 {2}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/phones_panel.py" line="154" />
        <source>{0} phones joined · {1} answered this step</source>
        <translation>{0} 台手机已加入 · 本题已作答 {1}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/phones_panel.py" line="165" />
        <source>answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/phones_panel.py" line="165" />
        <source>not yet</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/phones_panel.py" line="167" />
        <source>recorded</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/phones_panel.py" line="169" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>PhonesStarter</name>
    <message>
        <location filename="../../trainer/ui/classroom/phones_page.py" line="37" />
        <source>No database is open: phones cannot join.</source>
        <translation>没有打开数据库：手机无法加入。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/phones_page.py" line="69" />
        <source>Phones cannot join on {0}: {1}</source>
        <translation>手机无法在 {0} 上加入：{1}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="76" />
        <location filename="../../trainer/ui/dialogs/profiles.py" line="78" />
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="77" />
        <source>Enter the PIN of {0}.</source>
        <translation>请输入 {0} 的 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="79" />
        <source>&amp;PIN</source>
        <translation>PIN 码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PlayDialog</name>
    <message>
        <location filename="../../trainer/ui/map/play.py" line="52" />
        <source>Play from here: {0}</source>
        <translation>从此处演练：{0}</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="225" />
        <source>No majority yet: add votes, or choose the way with a “Go this way” button.</source>
        <translation>还没有多数票：请继续计票，或用“走这条路”按钮决定。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="272" />
        <source>Audience on screen {0}: {1} ({2}×{3})</source>
        <translation>观众画面放到屏幕 {0}：{1}（{2}×{3}）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="276" />
        <source>Switch between console and audience (F5)</source>
        <translation>在控制台和观众画面之间切换（F5）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="278" />
        <source>Hide the audience's screen</source>
        <translation>隐藏观众画面</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="297" />
        <source>Live answers: {0}</source>
        <translation>现场作答：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="302" />
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="302" />
        <source>Reveal (R)</source>
        <translation>揭晓（R）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="302" />
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="303" />
        <source>Timer (T)</source>
        <translation>计时（T）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="303" />
        <source>Read aloud (S)</source>
        <translation>朗读（S）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="304" />
        <source>Blank screen (W)</source>
        <translation>黑屏（W）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="304" />
        <source>Leaderboard (L)</source>
        <translation>排行榜（L）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="308" />
        <source>Audience's screen</source>
        <translation>观众画面</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="309" />
        <source>End the session</source>
        <translation>结束本次课堂</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="310" />
        <source>The room's votes (keys A–D)</source>
        <translation>全场投票（按键 A–D）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="312" />
        <source>Go this way</source>
        <translation>走这条路</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="313" />
        <source>Go the way of {0}</source>
        <translation>按 {0} 继续</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="314" />
        <source>What the room's reply had</source>
        <translation>全场的回答包含了</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="315" />
        <source>Read each new step aloud</source>
        <translation>每一步自动朗读</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="318" />
        <source>One screen only: F5 switches between this console and the audience's screen. Connect a projector to show it on its own.</source>
        <translation>只有一块屏幕：按 F5 在控制台和观众画面之间切换。接上投影仪即可单独显示观众画面。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="345" />
        <source> (the audience's screen is blank)</source>
        <translation>（观众画面已黑屏）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="346" />
        <source>On screen now: {0}</source>
        <translation>当前画面：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="367" />
        <source>Live session: code {0} · {1} joined · {2} answered this step</source>
        <translation>现场互动：代码 {0} · 已加入 {1} 人 · 本步已作答 {2} 人</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="378" />
        <source>Stop the timer (T)</source>
        <translation>停止计时（T）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/console.py" line="378" />
        <source>Start the timer (T)</source>
        <translation>开始计时（T）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/notes.py" line="25" />
        <source>The quiz is over. Show the leaderboard (L), then end the session.</source>
        <translation>测验结束。显示排行榜（L），然后结束本次课堂。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/notes.py" line="27" />
        <source>The quiz is over: end the session when the room is ready.</source>
        <translation>测验结束：全班准备好后即可结束本次课堂。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/notes.py" line="31" />
        <source>Right answer: {0}</source>
        <translation>正确答案：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/notes.py" line="36" />
        <location filename="../../trainer/ui/classroom/notes.py" line="51" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/notes.py" line="45" />
        <source>End the session when the room has discussed the ending.</source>
        <translation>全场讨论完结局后，结束本次课堂。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/notes.py" line="50" />
        <source>Revealed</source>
        <translation>已揭晓</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/notes.py" line="52" />
        <source>press → for the customer’s next line.</source>
        <translation>按 → 显示客户的下一句话。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/notes.py" line="58" />
        <source>Ask the room to say its reply aloud</source>
        <translation>请全场说出自己的回答</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/notes.py" line="59" />
        <source>Tick what it had, then reveal.</source>
        <translation>勾选回答中包含的要点，然后揭晓。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/notes.py" line="65" />
        <source>Then</source>
        <translation>接着</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/classroom/notes.py" line="93" />
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <location filename="../../trainer/ui/editors/problems.py" line="82" />
        <source>No problems: this can be published.</source>
        <translation>没有问题，可以发布。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/problems.py" line="87" />
        <source>line {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/problems.py" line="88" />
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/problems.py" line="88" />
        <source>error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../trainer/ui/pages/progress.py" line="35" />
        <source>Only you see this page: your lessons, quiz results, role-plays and weakest competency.</source>
        <translation>只有你能看到本页：你的课程、测验成绩、情景演练和最薄弱的能力项。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/progress.py" line="51" />
        <source>Choose your name at the top right to see your progress.</source>
        <translation>请在右上角选择你的名字，查看你的进度。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/progress.py" line="71" />
        <source>Your weakest competency: {0}. Practise it under Quizzes.</source>
        <translation>你最薄弱的能力项：{0}。可以在“测验”中针对练习。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/progress.py" line="72" />
        <source>Answer a few more questions to see your weakest competency.</source>
        <translation>再多答几道题，就能看到你最薄弱的能力项。</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <location filename="../../trainer/ui/widgets/question_form.py" line="38" />
        <source>True</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/question_form.py" line="38" />
        <source>False</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/question_form.py" line="47" />
        <source>Choose every answer that applies.</source>
        <translation>请选出所有正确的选项。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/question_form.py" line="62" />
        <source>Your answer (a number)</source>
        <translation>你的答案（数字）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/question_form.py" line="78" />
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/question_form.py" line="91" />
        <source>Your wording</source>
        <translation>你的说法</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/question_form.py" line="92" />
        <source>Write what you would say instead…</source>
        <translation>写下你会怎么说…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/question_form.py" line="99" />
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/question_form.py" line="100" />
        <source>Type your answer…</source>
        <translation>输入你的答案…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/question_form.py" line="104" />
        <source>Put the steps in order: drag them, or select one and press Alt+Up / Alt+Down.</source>
        <translation>请把步骤排成正确的顺序：拖动它们，或选中一项后按 Alt+上/下 方向键。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/question_form.py" line="109" />
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/question_form.py" line="122" />
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/question_form.py" line="122" />
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <location filename="../../trainer/ui/editors/clause_picker.py" line="10" />
        <source>The lesson check at the end of a lesson asks 3 to 5 of the questions marked for it whose first clause is in that lesson; a lesson with fewer than 3 has no check.</source>
        <translation>课程末尾的课后检测从标记为“课后检测”、且第一个条款属于本课程的题目中抽 3 到 5 题；不足 3 题的课程没有课后检测。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/clause_picker.py" line="16" />
        <source>single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/clause_picker.py" line="17" />
        <source>multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/clause_picker.py" line="18" />
        <source>true / false</source>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/clause_picker.py" line="19" />
        <source>a number</source>
        <translation>填数字</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/clause_picker.py" line="20" />
        <source>put in order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/clause_picker.py" line="21" />
        <source>match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/clause_picker.py" line="22" />
        <source>rewrite a reply</source>
        <translation>改写回复</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/clause_picker.py" line="23" />
        <source>short answer</source>
        <translation>简答</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="185" />
        <source>Questions: {0}</source>
        <translation>题目：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="186" />
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="186" />
        <source>De&amp;lete question</source>
        <translation>删除题目(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="187" />
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="187" />
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="187" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="188" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="190" />
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="191" />
        <source>&amp;Pick…</source>
        <translation>选择(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="192" />
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="192" />
        <source>Type</source>
        <translation>题型</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="192" />
        <source>Lesson check</source>
        <translation>课后检测</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="193" />
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="193" />
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="194" />
        <source>Options (one a line)</source>
        <translation>选项（每行一个）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="194" />
        <source>Items to match (one a line)</source>
        <translation>待匹配的情形（每行一个）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="195" />
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="195" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="196" />
        <location filename="../../trainer/ui/editors/question_editor.py" line="247" />
        <source>A good rewrite holds (comma-separated)</source>
        <translation>合格的改写应含（用逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="197" />
        <source>Explanation</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="199" />
        <source>Part of the lesson check</source>
        <translation>用于课后检测</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="201" />
        <source>Preview, as the trainee sees it</source>
        <translation>预览：学员看到的样子</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="202" />
        <source>Problems (checked while you type)</source>
        <translation>问题（边输入边检查）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="246" />
        <source>Accepted answers (comma-separated)</source>
        <translation>可接受的答案（用逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="252" />
        <source>Answer: {0}</source>
        <translation>答案：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="268" />
        <source>The question is not complete yet: see the problems.</source>
        <translation>题目尚未完成：请查看问题列表。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="338" />
        <source>Edit {0}</source>
        <translation>修改 {0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="352" />
        <source>Add a question</source>
        <translation>添加题目</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="358" />
        <source>Delete a question</source>
        <translation>删除题目</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="365" />
        <source>Move a question</source>
        <translation>移动题目</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="375" />
        <source>edited in the questions editor</source>
        <translation>在题目编辑器中修改</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/question_editor.py" line="380" />
        <source>Draft saved. Publish it in the Content tab for every desk to use.</source>
        <translation>草稿已保存。在“内容”页发布后，所有终端才会使用。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="40" />
        <source>the number of the right option, counted from 0 (0 is the first)</source>
        <translation>正确选项的序号，从 0 数起（0 是第一个）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="41" />
        <source>the numbers of every right option, counted from 0, e.g. [0, 2]</source>
        <translation>所有正确选项的序号，从 0 数起，例如 [0, 2]</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="42" />
        <source>true or false</source>
        <translation>true（对）或 false（错）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="43" />
        <source>the number, e.g. 24</source>
        <translation>数值，例如 24</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="44" />
        <source>the options' numbers in the right order, e.g. [2, 0, 1] (options are shown shuffled)</source>
        <translation>按正确顺序排列的选项序号，例如 [2, 0, 1]（选项打乱显示）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="46" />
        <source>for each item, the number of its option, e.g. [1, 0, 2]</source>
        <translation>每个情形对应选项的序号，例如 [1, 0, 2]</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="47" />
        <source>none: a rewrite is graded by the expected words and the phrase checker</source>
        <translation>无：改写题按应含词语和忌语检查评分</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="48" />
        <source>none: a typed answer is right when it is one of the accepted answers</source>
        <translation>无：输入的答案是可接受答案之一即为正确</translation>
    </message>
</context>
<context>
    <name>QuizRunner</name>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_runner.py" line="33" />
        <source>True</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_runner.py" line="33" />
        <source>False</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_runner.py" line="134" />
        <source>Quiz: {0}</source>
        <translation>测验剩余：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_runner.py" line="138" />
        <source>This question: {0}</source>
        <translation>本题剩余：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_runner.py" line="168" />
        <location filename="../../trainer/ui/widgets/quiz_runner.py" line="227" />
        <source>Question {0} of {1}</source>
        <translation>第 {0} 题，共 {1} 题</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_runner.py" line="239" />
        <source>&amp;Answer</source>
        <translation>作答(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_runner.py" line="239" />
        <source>Chec&amp;k answer</source>
        <translation>核对答案(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_runner.py" line="241" />
        <source>See the res&amp;ult</source>
        <translation>查看结果(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_runner.py" line="243" />
        <source>&amp;Next question</source>
        <translation>下一题(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_runner.py" line="316" />
        <source>Right.</source>
        <translation>回答正确。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_runner.py" line="316" />
        <source>Not quite. The answer: {0}</source>
        <translation>不对。正确答案：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_runner.py" line="319" />
        <source>See {0}</source>
        <translation>参见 {0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_runner.py" line="341" />
        <source>Your answer: {0}</source>
        <translation>你的答案：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_runner.py" line="342" />
        <source>Right answer: {0}</source>
        <translation>正确答案：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_runner.py" line="346" />
        <source>{0} of {1} right</source>
        <translation>答对 {0} 题，共 {1} 题</translation>
    </message>
</context>
<context>
    <name>QuizSetup</name>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="16" />
        <source>Service or forbidden phrase?</source>
        <translation>服务用语还是服务忌语？</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="17" />
        <source>Best reply in a situation</source>
        <translation>情景中的最佳回应</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="18" />
        <source>Spot the forbidden phrase</source>
        <translation>找出对话中的服务忌语</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="19" />
        <source>Rewrite a forbidden phrase</source>
        <translation>改写服务忌语</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="20" />
        <source>Facts of the code</source>
        <translation>规范要点</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="21" />
        <source>Match situations and phrases</source>
        <translation>场合与用语配对</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="22" />
        <source>True or false</source>
        <translation>判断对错</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="23" />
        <source>Put the steps in order</source>
        <translation>步骤排序</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="45" />
        <source>Lessons to draw from</source>
        <translation>出题的课程</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="61" />
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="65" />
        <source>no limit</source>
        <translation>不限时</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="67" />
        <source>all competencies</source>
        <translation>全部能力项</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="71" />
        <source>after each question</source>
        <translation>每题之后</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="72" />
        <source>at the end</source>
        <translation>全部答完后</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="74" />
        <source>&amp;Competency</source>
        <translation>能力项(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="75" />
        <source>&amp;Questions</source>
        <translation>题数(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="76" />
        <source>Time for the qui&amp;z (minutes)</source>
        <translation>测验限时（分钟）(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="77" />
        <source>Time per qu&amp;estion (seconds)</source>
        <translation>每题限时（秒）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="78" />
        <source>Fee&amp;dback</source>
        <translation>讲解时机(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="79" />
        <source>&amp;Start practice</source>
        <translation>开始练习(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="90" />
        <source>Kinds of question</source>
        <translation>题型</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="98" />
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="126" />
        <source>Choose at least one kind of question.</source>
        <translation>请至少选择一种题型。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/quiz_setup.py" line="128" />
        <source>Choose at least one lesson.</source>
        <translation>请至少选择一课。</translation>
    </message>
</context>
<context>
    <name>QuizzesPage</name>
    <message>
        <location filename="../../trainer/ui/pages/quizzes.py" line="59" />
        <source>Practise any mix of questions, or take the assessments your manager assigned. Every answer is saved as you give it.</source>
        <translation>自选题型练习，或参加管理员布置的考核。每道题的答案都会即时保存。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/quizzes.py" line="61" />
        <source>&amp;Back to quizzes</source>
        <translation>返回测验(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/quizzes.py" line="108" />
        <source>Choose your name at the top right first: quizzes are recorded for you.</source>
        <translation>请先在右上角选择你的名字：测验成绩会记录在你的名下。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/quizzes.py" line="117" />
        <source>Unfinished quiz</source>
        <translation>未完成的测验</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/quizzes.py" line="119" />
        <source>{0} questions are still to answer.</source>
        <translation>还有 {0} 道题没有作答。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/quizzes.py" line="120" />
        <source>1 question is still to answer.</source>
        <translation>还有 1 道题没有作答。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/quizzes.py" line="121" />
        <source>&amp;Resume</source>
        <translation>继续作答(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/quizzes.py" line="127" />
        <source>Assessment: {0}</source>
        <translation>考核：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/quizzes.py" line="129" />
        <source>{0} questions · pass mark {1:.0%}</source>
        <translation>{0} 道题 · 及格线 {1:.0%}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/quizzes.py" line="132" />
        <source>passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/quizzes.py" line="132" />
        <source>not passed yet</source>
        <translation>尚未通过</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/quizzes.py" line="134" />
        <source>Take it</source>
        <translation>参加考核</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/quizzes.py" line="134" />
        <source>Take it again</source>
        <translation>再考一次</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/quizzes.py" line="139" />
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/quizzes.py" line="151" />
        <source>No question of the current content fits this assessment; ask your manager.</source>
        <translation>当前内容中没有题目符合这次考核，请联系你的经理。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/quizzes.py" line="154" />
        <source>No question fits this choice.</source>
        <translation>没有符合所选条件的题目。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/quizzes.py" line="249" />
        <source>Passed.</source>
        <translation>通过。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/quizzes.py" line="249" />
        <source>Not passed: {0:.0%} is needed.</source>
        <translation>未通过：需要达到 {0:.0%}。</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <location filename="../../trainer/ui/editors/history.py" line="106" />
        <source>Not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/history.py" line="108" />
        <source>Nothing was published: {0} problems must be fixed first (warnings are allowed). Open the item named in each line, fix it, save the draft and publish again.</source>
        <translation>未发布任何内容：须先修正 {0} 个问题（警告允许保留）。打开每行所列条目，修正后保存草稿，再次发布。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../trainer/ui/pages/review.py" line="73" />
        <source>What you missed in quizzes and lesson checks comes back here when it is due. Answer in your head, show the answer, then rate how well you knew it.</source>
        <translation>测验和课后小测中答错的内容会按期回到这里。先在心里作答，再显示答案，然后评价自己掌握得如何。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/review.py" line="75" />
        <source>Show the answer (Space)</source>
        <translation>显示答案（空格）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/review.py" line="76" />
        <source>1 Again</source>
        <translation>1 重来</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/review.py" line="76" />
        <source>2 Hard</source>
        <translation>2 困难</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/review.py" line="76" />
        <source>3 Good</source>
        <translation>3 良好</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/review.py" line="77" />
        <source>4 Easy</source>
        <translation>4 容易</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/review.py" line="162" />
        <source>{0} cards due now</source>
        <translation>现在有 {0} 张卡到期</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/review.py" line="162" />
        <source>1 card due now</source>
        <translation>现在有 1 张卡到期</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/review.py" line="174" />
        <source>Nothing is due now.</source>
        <translation>现在没有到期的卡。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/review.py" line="175" />
        <source>Well done. Cards you miss in quizzes and lesson checks will come back here.</source>
        <translation>很好。测验和课后小测中答错的内容会回到这里。</translation>
    </message>
</context>
<context>
    <name>RolePlayPage</name>
    <message>
        <location filename="../../trainer/ui/pages/roleplay.py" line="68" />
        <source>The customer speaks; you choose or type your reply. Keys 1–4 choose; every step explains itself and cites the code.</source>
        <translation>客户说话，你来选择或输入回应。按 1–4 选择；每一步都有讲解，并注明依据的规范条款。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/roleplay.py" line="70" />
        <source>Read the customer's lines aloud (on) or not (off)</source>
        <translation>朗读客户的话（开）或不朗读（关）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/roleplay.py" line="71" />
        <source>Mute the customer's voice</source>
        <translation>关闭客户语音</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/roleplay.py" line="72" />
        <source>Muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/roleplay.py" line="72" />
        <source>Voice on</source>
        <translation>语音开</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/roleplay.py" line="111" />
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/roleplay.py" line="111" />
        <source>Acceptable</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/roleplay.py" line="111" />
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/roleplay.py" line="126" />
        <source>{0} · about {1} steps · best so far: {2}</source>
        <translation>{0} · 约 {1} 步 · 最好成绩：{2}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/roleplay.py" line="128" />
        <source>not played</source>
        <translation>未练习</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/roleplay.py" line="130" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/roleplay.py" line="132" />
        <source>Start {0}</source>
        <translation>开始 {0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/roleplay.py" line="136" />
        <source>Choose your name at the top right first: each play is recorded for you.</source>
        <translation>请先在右上角选择你的名字：每次练习都会记录在你的名下。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/roleplay.py" line="261" />
        <location filename="../../trainer/ui/pages/roleplay.py" line="266" />
        <source>The customer is not heard: {0}</source>
        <translation>无法播放客户语音：{0}</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="49" />
        <source>&amp;Import roster CSV…</source>
        <translation>导入名册 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="50" />
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="51" />
        <source>Re&amp;store…</source>
        <translation>恢复备份(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="55" />
        <source>A shared PostgreSQL server is backed up with pg_dump.</source>
        <translation>共享的 PostgreSQL 服务器请用 pg_dump 备份。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="56" />
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="74" />
        <source>(someone)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="81" />
        <source>a wrong manager passcode was entered</source>
        <translation>输入了错误的管理员口令</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="83" />
        <source>changed the manager passcode</source>
        <translation>修改了管理员口令</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="86" />
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="86" />
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="86" />
        <source>intake</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="87" />
        <source>active</source>
        <translation>在册</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="90" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="90" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="92" />
        <source>{0}: {1} → {2}</source>
        <translation>{0}：{1} → {2}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="95" />
        <source>edited {0}: {1}</source>
        <translation>编辑了 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="95" />
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="97" />
        <source>cleared the records of {0}</source>
        <translation>清空了 {0} 的记录</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="99" />
        <source>deleted {0} and their records</source>
        <translation>删除了 {0} 及其全部记录</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="101" />
        <source>imported the roster {0}: {1} added, {2} updated</source>
        <translation>导入名册 {0}：新增 {1} 人，更新 {2} 人</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="104" />
        <source>backed up to {0}</source>
        <translation>备份到 {0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="106" />
        <source>restored the records from {0}; those before are in {1}</source>
        <translation>从 {0} 恢复了记录；恢复前的记录在 {1}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="112" />
        <source>Import roster</source>
        <translation>导入名册</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="112" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="126" />
        <source>Importing {0}…</source>
        <translation>正在导入 {0}……</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="141" />
        <source>line {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="144" />
        <source>… and {0} more rows with problems</source>
        <translation>……还有 {0} 行有问题</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="145" />
        <source>Nothing was imported. Fix these rows and try again:</source>
        <translation>没有导入任何数据。请修正以下各行后重试：</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="122" />
        <source>{0} cannot be read: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="132" />
        <source>Trainees added: {0}; updated: {1}.</source>
        <translation>新增 {0} 名学员，更新 {1} 名。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="171" />
        <source>Backed up to {0}</source>
        <translation>已备份到 {0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="176" />
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="177" />
        <source>trainer backups (*.sqlite3)</source>
        <translation>trainer 备份 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="190" />
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="191" />
        <source>Replace every record with those in {0}? The records as they are now are kept as a backup. trainer closes afterwards; start it again.</source>
        <translation>用 {0} 中的记录替换全部记录？现在的记录会另存为一份备份。完成后 trainer 会关闭，请重新启动。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/roster_tab.py" line="220" />
        <source>Restored from {0}; the records before are in {1}. trainer closes now.</source>
        <translation>已从 {0} 恢复；恢复前的记录保存在 {1}。trainer 现在关闭。</translation>
    </message>
</context>
<context>
    <name>ScenarioMapWindow</name>
    <message>
        <location filename="../../trainer/ui/map/play.py" line="125" />
        <source>Fix the errors in red first: the scenario cannot be played as it is</source>
        <translation>请先修正红色标出的错误：情景目前无法演练</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/saving.py" line="31" />
        <source>Not published: {0} findings to resolve first</source>
        <translation>未发布：需先解决 {0} 个问题</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/saving.py" line="32" />
        <source>Nowhere to save this scenario</source>
        <translation>此情景没有保存位置</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/saving.py" line="33" />
        <source>Draft saved</source>
        <translation>草稿已保存</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/saving.py" line="34" />
        <source>Published: trainees now play this version</source>
        <translation>已发布：学员将演练此版本</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="110" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="110" />
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="110" />
        <source>Narrator</source>
        <translation>旁白</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="111" />
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="111" />
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="112" />
        <source>choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="112" />
        <source>typed reply</source>
        <translation>输入回答</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="112" />
        <source>ending</source>
        <translation>结局</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="113" />
        <source>timed {0} s</source>
        <translation>限时 {0} 秒</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="156" />
        <source>New step</source>
        <translation>新建步骤</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="156" />
        <location filename="../../trainer/ui/map/window.py" line="296" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="156" />
        <source>Play from here</source>
        <translation>从此处演练</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="157" />
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="158" />
        <source>Arrange</source>
        <translation>自动排列</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="158" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="158" />
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="159" />
        <source>Twine…</source>
        <translation>导出到 Twine…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="160" />
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="163" />
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="164" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="165" />
        <source>Fit to window (Ctrl+0)</source>
        <translation>适合窗口（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="166" />
        <location filename="../../trainer/ui/map/window.py" line="341" />
        <source>Export to Twine</source>
        <translation>导出到 Twine</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="167" />
        <location filename="../../trainer/ui/map/window.py" line="293" />
        <source>Delete step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="168" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="169" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="170" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="171" />
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="172" />
        <source>Find in lines and choices (Enter: next, Esc: close)</source>
        <translation>在台词和选项中查找（回车：下一个，Esc：关闭）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="182" />
        <source>Scenario map: {0}</source>
        <translation>情景地图：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="239" />
        <source>Edit {0}</source>
        <translation>修改 {0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="244" />
        <source>A step id is lower-case letters, digits, _ or - (e.g. calm_down)</source>
        <translation>步骤编号只能用小写字母、数字、_ 或 -（如 calm_down）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="246" />
        <source>There is a step '{0}' already</source>
        <translation>已有步骤“{0}”</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="255" />
        <source>Edit the scenario's {0}</source>
        <translation>修改情景的 {0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="261" />
        <source>Link {0} to {1}</source>
        <translation>连接 {0} 到 {1}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="289" />
        <source>Delete the step '{0}'?</source>
        <translation>删除步骤“{0}”？</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="291" />
        <source>These point at it and will point nowhere (drawn red until you relink them):</source>
        <translation>以下各处指向它，删除后将成为断开的链接（标红，直到重新连接）：</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="307" />
        <source>Arrange the map</source>
        <translation>自动排列地图</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="342" />
        <source>Twee 3 (*.twee *.tw)</source>
        <translation>Twee 3（*.twee *.tw）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="348" />
        <source>Written: {0}</source>
        <translation>已写入：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="354" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/window.py" line="354" />
        <source>Save the changes to this scenario as a draft?</source>
        <translation>将对此情景的修改保存为草稿吗？</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="103" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="103" />
        <source>Summary</source>
        <translation>简介</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="103" />
        <source>Competencies</source>
        <translation>能力</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/panels.py" line="104" />
        <source>Start step</source>
        <translation>开始步骤</translation>
    </message>
</context>
<context>
    <name>ScenarioPlayer</name>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="149" />
        <source>&amp;Say it (Ctrl+Enter)</source>
        <translation>说出来(&amp;S) (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="150" />
        <source>&amp;Leave this scenario</source>
        <translation>退出本情景(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="151" />
        <source>Your reply</source>
        <translation>你的回应</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="152" />
        <source>Type what you would say to the customer…</source>
        <translation>输入你会对客户说的话…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="178" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="178" />
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="178" />
        <source>Narrator</source>
        <translation>旁白</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="179" />
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="179" />
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="162" />
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="188" />
        <source>Step {0}</source>
        <translation>第 {0} 步</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="246" />
        <source>{0} s left</source>
        <translation>还剩 {0} 秒</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="324" />
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="324" />
        <source>See how it &amp;ended</source>
        <translation>查看结局(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="349" />
        <source>Time ran out.</source>
        <translation>时间到了。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="354" />
        <source>You covered: {0}</source>
        <translation>你说到了：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="356" />
        <source>Missing: {0}</source>
        <translation>缺少：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="359" />
        <source>Forbidden phrase “{0}” ({1}). Suggested wording (written for this course): “{2}”</source>
        <translation>服务忌语“{0}”（{1}）。推荐说法（本课程编写）：“{2}”</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="360" />
        <source>Forbidden phrase “{0}” ({1}). Say instead: “{2}”</source>
        <translation>服务忌语“{0}”（{1}）。应该说：“{2}”</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="364" />
        <source>The best choice.</source>
        <translation>最佳选择。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="367" />
        <source>There was a better choice:</source>
        <translation>有更好的选择：</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/scenario_player.py" line="374" />
        <source>See {0}</source>
        <translation>参见 {0}</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../trainer/ui/pages/titles.py" line="8" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/titles.py" line="9" />
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/titles.py" line="10" />
        <source>Role-play</source>
        <translation>情景演练</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/titles.py" line="11" />
        <source>Quizzes</source>
        <translation>测验</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/titles.py" line="12" />
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/titles.py" line="13" />
        <source>My progress</source>
        <translation>我的进度</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/titles.py" line="14" />
        <source>Manager</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/pages/titles.py" line="15" />
        <source>Classroom</source>
        <translation>课堂</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <location filename="../../trainer/ui/editors/source_editor.py" line="101" />
        <source>Source: {0}</source>
        <translation>源文本：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/source_editor.py" line="102" />
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/source_editor.py" line="103" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/source_editor.py" line="104" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/source_editor.py" line="105" />
        <source>Problems (checked while you type)</source>
        <translation>问题（边输入边检查）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/source_editor.py" line="107" />
        <source>Try it:</source>
        <translation>试一试：</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/source_editor.py" line="108" />
        <source>A sentence to check with the phrases as edited</source>
        <translation>输入一句话，用修改后的用语库检查</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/source_editor.py" line="109" />
        <location filename="../../trainer/ui/editors/source_editor.py" line="163" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/source_editor.py" line="115" />
        <source>edited in the source view</source>
        <translation>在源文本中修改</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/source_editor.py" line="120" />
        <source>Draft saved. Publish it in the Content tab for every desk to use.</source>
        <translation>草稿已保存。在“内容”页发布后，所有终端才会使用。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/source_editor.py" line="161" />
        <source>No forbidden phrase found.</source>
        <translation>没有发现服务忌语。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/source_editor.py" line="167" />
        <source>Forbidden phrase “{0}” ({1}): say instead “{2}”</source>
        <translation>服务忌语“{0}”（{1}）：应该说“{2}”</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="158" />
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="159" />
        <source>As YAML</source>
        <translation>YAML 原文</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="160" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="160" />
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="160" />
        <source>Narrator</source>
        <translation>旁白</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="160" />
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="161" />
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="165" />
        <location filename="../../trainer/ui/map/form.py" line="173" />
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="165" />
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="165" />
        <source>Reply</source>
        <translation>回应方式</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="165" />
        <source>Time limit (s)</source>
        <translation>限时（秒）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="166" />
        <source>on timeout</source>
        <translation>超时选项</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="166" />
        <source>Line</source>
        <translation>台词</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="168" />
        <location filename="../../trainer/ui/map/form.py" line="170" />
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="168" />
        <location filename="../../trainer/ui/map/form.py" line="178" />
        <source>Typed reply</source>
        <translation>输入回答</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="168" />
        <location filename="../../trainer/ui/map/form.py" line="182" />
        <source>Ending</source>
        <translation>结局</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="171" />
        <source>Add choice</source>
        <translation>添加选项</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="172" />
        <source>Remove choice</source>
        <translation>删除选项</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="173" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="173" />
        <location filename="../../trainer/ui/map/form.py" line="179" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="174" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="174" />
        <location filename="../../trainer/ui/map/form.py" line="180" />
        <source>Sets flags</source>
        <translation>设置标记</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="174" />
        <source>Requires flags</source>
        <translation>需要标记</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="175" />
        <source>Otherwise</source>
        <translation>否则转到</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="175" />
        <location filename="../../trainer/ui/map/form.py" line="179" />
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="175" />
        <location filename="../../trainer/ui/map/form.py" line="180" />
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="177" />
        <source>communication: 2, process: -1</source>
        <translation>communication: 2, process: -1</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="179" />
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="183" />
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="183" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="183" />
        <source>Debrief</source>
        <translation>讲评</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="185" />
        <source>The whole step, including a typed reply's expected elements. Apply makes it one undoable edit.</source>
        <translation>整个步骤的原文，包括输入回答的要点。点“应用”作为一次可撤销的修改。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="187" />
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="260" />
        <source>A score is written as competency: number, e.g. communication: 2</source>
        <translation>得分写作“能力: 分数”，例如 communication: 2</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="342" />
        <source>Not YAML: {0}</source>
        <translation>不是有效的 YAML：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/form.py" line="345" />
        <source>A step is a mapping of keys (speaker, text, choices ...)</source>
        <translation>一个步骤须是键值映射（speaker、text、choices……）</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../trainer/ui/widgets/topbar.py" line="87" />
        <source>&amp;Trainee:</source>
        <translation>学员(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/topbar.py" line="88" />
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/topbar.py" line="89" />
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/topbar.py" line="90" />
        <source>Add a trainee</source>
        <translation>添加学员</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/topbar.py" line="91" />
        <source>Smaller text (Ctrl+-)</source>
        <translation>缩小文字 (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/topbar.py" line="92" />
        <source>Larger text (Ctrl+=)</source>
        <translation>放大文字 (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/topbar.py" line="95" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/topbar.py" line="96" />
        <source>Language of the interface and the content</source>
        <translation>界面和内容的语言</translation>
    </message>
</context>
<context>
    <name>TraineeDetail</name>
    <message>
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="154" />
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="193" />
        <source>Role-plays</source>
        <translation>情景演练</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="171" />
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="193" />
        <source>Mastery per lesson</source>
        <translation>各课掌握程度</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="194" />
        <source>Replay of the chosen role-play</source>
        <translation>所选演练的回放</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="196" />
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="214" />
        <source>Mastery per competency</source>
        <translation>各能力项掌握程度</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="197" />
        <source>Quiz results over time</source>
        <translation>测验成绩变化</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="199" />
        <source>No quiz finished yet.</source>
        <translation>还没有完成的测验。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="200" />
        <source>grey: fewer than {0} answers so far</source>
        <translation>灰色：作答还不足 {0} 题</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="207" />
        <source>Answers: {0}, {1} right · assessments passed: {2}, not passed: {3} · lessons completed: {4} · role-plays: {5}</source>
        <translation>作答 {0} 题，正确率 {1} · 通过考核 {2} 次，未通过 {3} 次 · 完成课程 {4} 门 · 情景演练 {5} 次</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="211" />
        <source> · review cards due: {0}</source>
        <translation> · 待复习卡片：{0}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="222" />
        <source>excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="222" />
        <source>acceptable</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="222" />
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="223" />
        <source>not finished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="236" />
        <source>No role-play played yet.</source>
        <translation>还没有情景演练记录。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="248" />
        <source>{0}: {1} ({2} answers)</source>
        <translation>{0}：{1}（{2} 题）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="248" />
        <source>{0}: {1} (1 answer)</source>
        <translation>{0}：{1}（1 题）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/widgets/trainee_detail.py" line="251" />
        <source>, {0} answered on an earlier version</source>
        <translation>，其中 {0} 题为旧版本作答</translation>
    </message>
</context>
<context>
    <name>TraineeDialog</name>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="55" />
        <source>Add a trainee</source>
        <translation>添加学员</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="56" />
        <source>Each trainee's lessons, role-plays and quizzes are recorded under their name.</source>
        <translation>每位学员的课程、演练和测验都记录在其名下。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="58" />
        <source>Trainee's name</source>
        <translation>学员姓名</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="59" />
        <source>PIN (optional)</source>
        <translation>PIN 码（可选）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="60" />
        <source>optional, 4 to 8 digits</source>
        <translation>可选，4 到 8 位数字</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="61" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/profiles.py" line="62" />
        <source>P&amp;IN</source>
        <translation>PIN 码(&amp;I)</translation>
    </message>
</context>
<context>
    <name>TraineeEditDialog</name>
    <message>
        <location filename="../../trainer/ui/dialogs/trainee_edit.py" line="15" />
        <source>Edit trainee</source>
        <translation>编辑学员</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/trainee_edit.py" line="16" />
        <source>Changes are written to the audit log.</source>
        <translation>修改会记入操作日志。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/trainee_edit.py" line="20" />
        <source>Active (listed on the desks and the dashboard)</source>
        <translation>在用（显示在各电脑和总览中）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/trainee_edit.py" line="24" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/trainee_edit.py" line="24" />
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/dialogs/trainee_edit.py" line="25" />
        <source>&amp;Intake</source>
        <translation>期次(&amp;I)</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="10" />
        <source>a name is required</source>
        <translation>请填写姓名</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="11" />
        <source>a name has at most {limit} characters</source>
        <translation>姓名最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="12" />
        <source>a PIN is 4 to 8 digits</source>
        <translation>PIN 码为 4 到 8 位数字</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="13" />
        <source>the passcode needs at least 6 characters</source>
        <translation>口令至少需要 6 个字符</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="14" />
        <source>the passcode needs at least 3 different characters</source>
        <translation>口令至少需要 3 个不同的字符</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="15" />
        <source>a manager account exists already</source>
        <translation>管理员账户已存在</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="16" />
        <source>wrong passcode</source>
        <translation>口令错误</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="17" />
        <source>a trainee named '{name}' exists already</source>
        <translation>已有名为“{name}”的学员</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="18" />
        <source>this trainee no longer exists</source>
        <translation>该学员已不存在</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="19" />
        <source>wrong PIN</source>
        <translation>PIN 码错误</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="20" />
        <source>an assessment needs a name</source>
        <translation>考核需要一个名称</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="21" />
        <source>too many wrong passcodes: try again in {seconds} seconds</source>
        <translation>口令错误次数过多：请 {seconds} 秒后再试</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="22" />
        <source>the manager area is locked</source>
        <translation>管理区已锁定</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="23" />
        <source>an assessment named '{name}' exists already</source>
        <translation>已有名为“{name}”的考核</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="24" />
        <source>a team or intake has at most {limit} characters</source>
        <translation>团队或期次最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="26" />
        <source>no question {id} in the content</source>
        <translation>内容中没有题目 {id}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="27" />
        <source>no lesson {id} in the content</source>
        <translation>内容中没有课程 {id}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="28" />
        <source>no scenario {id} in the content</source>
        <translation>内容中没有情景 {id}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="29" />
        <source>this play has ended</source>
        <translation>这次演练已经结束</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="30" />
        <source>this move is not on offer here</source>
        <translation>这一步不能这样选</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="31" />
        <source>this quiz no longer exists</source>
        <translation>这次测验已不存在</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="33" />
        <source>a live session is a quiz or a role-play, not {kind}</source>
        <translation>现场互动只能是测验或情景演练，不能是 {kind}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="34" />
        <source>unknown language {lang}</source>
        <translation>未知的语言 {lang}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="35" />
        <source>a live session needs a title</source>
        <translation>现场互动需要一个标题</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="36" />
        <source>a title has at most {limit} characters</source>
        <translation>标题最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="37" />
        <source>a live quiz needs at least one question</source>
        <translation>现场测验至少需要一道题</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="38" />
        <source>a question appears twice in this live quiz</source>
        <translation>这次现场测验中有重复的题目</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="39" />
        <source>a question id has 1 to {limit} characters</source>
        <translation>题目编号为 1 到 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="40" />
        <source>no free code for a live session: close some open sessions</source>
        <translation>没有可用的加入代码：请先结束一些进行中的现场互动</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="41" />
        <source>an item id has 1 to {limit} characters</source>
        <translation>题目编号为 1 到 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="42" />
        <source>an item has {low} to {high} choices</source>
        <translation>每题有 {low} 到 {high} 个选项</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="43" />
        <source>an item's position starts at 0</source>
        <translation>题目序号从 0 开始</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="44" />
        <source>this live session has ended</source>
        <translation>本次现场互动已结束</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="45" />
        <source>{item} is not a question of this live quiz</source>
        <translation>{item} 不是这次现场测验的题目</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="46" />
        <source>show an item first</source>
        <translation>请先显示一道题</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="47" />
        <source>no such live session</source>
        <translation>没有这个现场互动</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="48" />
        <source>no open live session has the code {code}</source>
        <translation>没有加入代码为 {code} 的进行中的现场互动</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="49" />
        <source>join the live session first</source>
        <translation>请先加入现场互动</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="50" />
        <source>the presenter has moved on</source>
        <translation>培训师已经进入下一步了</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="51" />
        <source>too late: the answer has been revealed</source>
        <translation>晚了一步：答案已经揭晓</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="52" />
        <source>choice {choice} is not one of the {options} choices</source>
        <translation>选项 {choice} 不在这 {options} 个选项之中</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="54" />
        <source>the file is neither UTF-8 nor GBK text</source>
        <translation>文件既不是 UTF-8 也不是 GBK 文本</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="55" />
        <source>not a CSV text file</source>
        <translation>不是 CSV 文本文件</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="56" />
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="57" />
        <source>not a CSV file: {detail}</source>
        <translation>不是 CSV 文件：{detail}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="58" />
        <source>the first line must name the columns, with a 'name' (姓名) column</source>
        <translation>第一行须写明各列的列名，并有“姓名”一列</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="59" />
        <source>a quoted field is not closed: a " is missing</source>
        <translation>引号没有闭合：缺少一个 "</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="60" />
        <source>not valid CSV: {detail}</source>
        <translation>CSV 格式有误：{detail}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="61" />
        <source>too many rows (at most {limit})</source>
        <translation>行数太多（最多 {limit} 行）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="62" />
        <source>the name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="63" />
        <source>the name is longer than 100 characters</source>
        <translation>姓名超过 100 个字符</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="64" />
        <source>the name contains control characters</source>
        <translation>姓名中有控制字符</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="65" />
        <source>'{name}' is listed twice (first on line {first})</source>
        <translation>“{name}”出现了两次（第一次在第 {first} 行）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="66" />
        <source>a team or intake is longer than 100 characters</source>
        <translation>团队或期次超过 100 个字符</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="67" />
        <source>the file lists no trainees</source>
        <translation>文件中没有学员</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="69" />
        <source>the backup could not be made: {detail}</source>
        <translation>无法备份：{detail}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="70" />
        <source>{file} is damaged (the integrity check failed)</source>
        <translation>{file} 已损坏（完整性检查未通过）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="71" />
        <source>{file} is not a trainer database</source>
        <translation>{file} 不是本软件的数据库</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="72" />
        <source>{file} is not a trainer database: {detail}</source>
        <translation>{file} 不是本软件的数据库：{detail}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="73" />
        <source>{file} was written by a newer version of trainer (schema {revision})</source>
        <translation>{file} 由更新版本的本软件写入（数据结构 {revision}）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="74" />
        <source>{file} cannot be restored ({detail}); nothing was changed</source>
        <translation>无法从 {file} 恢复（{detail}），没有做任何改动</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="75" />
        <source>the restore failed: {detail}; the records before it are in {kept}</source>
        <translation>恢复失败：{detail}；恢复前的记录保存在 {kept}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="77" />
        <source>cannot save to {where}: the database file or its folder is read-only. Nothing was changed; make it writable (or start trainer with another --db) and try again</source>
        <translation>无法保存到 {where}：数据库文件或其所在文件夹是只读的。没有任何改动；请把它改为可写（或用 --db 指定另一个数据库）后重试</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="79" />
        <source>cannot save to {where}: the disk is full. Everything saved before is kept; free some space and try again</source>
        <translation>无法保存到 {where}：磁盘已满。之前保存的记录都还在；请腾出一些空间后重试</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="81" />
        <source>the disk holding {where} reported an error ({detail}). Everything saved before is kept: copy the file somewhere safe and check the disk</source>
        <translation>{where} 所在的磁盘报告了错误（{detail}）。之前保存的记录都还在：请把该文件复制到安全的地方，并检查磁盘</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="83" />
        <source>the database server {where} cannot be reached ({detail}); nothing can be saved until it is back</source>
        <translation>无法连接数据库服务器 {where}（{detail}）；在它恢复之前无法保存任何记录</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/strings.py" line="6" />
        <source>{name}: not a format trainer can import (use .docx, .pdf, .txt, .md or .html)</source>
        <translation>{name}：无法导入这种格式（请使用 .docx、.pdf、.txt、.md 或 .html）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/strings.py" line="7" />
        <source>{name}: the file is empty</source>
        <translation>{name}：文件是空的</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/strings.py" line="8" />
        <source>{name}: the file is too big ({size:.1f} MB; the limit is {limit} MB)</source>
        <translation>{name}：文件太大（{size:.1f} MB，上限为 {limit} MB）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/strings.py" line="9" />
        <source>{name}: the document is too long to review (more than {n:,} characters)</source>
        <translation>{name}：文件太长，无法审核（超过 {n:,} 个字符）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/strings.py" line="10" />
        <source>{name}: the document holds no text</source>
        <translation>{name}：文件中没有文字</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/strings.py" line="11" />
        <source>{name}: this is not a text file (it holds binary data)</source>
        <translation>{name}：这不是文本文件（含有二进制数据）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/strings.py" line="12" />
        <source>{name}: this Word file is password-protected (or an old .doc): save it unprotected as .docx and import again</source>
        <translation>{name}：此 Word 文件有密码保护（或是旧的 .doc 格式）：请另存为无保护的 .docx 后再导入</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/strings.py" line="14" />
        <source>{name}: this .docx is damaged (it has no document part)</source>
        <translation>{name}：此 .docx 文件已损坏（缺少正文部分）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/strings.py" line="15" />
        <source>{name}: this .docx is damaged and cannot be read ({why})</source>
        <translation>{name}：此 .docx 文件已损坏，无法读取（{why}）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/strings.py" line="16" />
        <source>{name}: this PDF is password-protected: save an unprotected copy and import again</source>
        <translation>{name}：此 PDF 有密码保护：请保存一份无保护的副本后再导入</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/strings.py" line="17" />
        <source>{name}: this PDF is damaged and cannot be read ({why})</source>
        <translation>{name}：此 PDF 已损坏，无法读取（{why}）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/strings.py" line="18" />
        <source>{name}: this PDF has no text: run OCR first</source>
        <translation>{name}：此 PDF 没有文字层：请先进行文字识别（OCR）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/strings.py" line="19" />
        <source>{name}: no rules found in this document</source>
        <translation>{name}：文件中没有找到条款</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/strings.py" line="20" />
        <source>{name}: cannot be read ({why})</source>
        <translation>{name}：无法读取（{why}）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/importer/strings.py" line="21" />
        <source>{out}: the folder is not empty: choose a new folder for the drafts</source>
        <translation>{out}：文件夹不是空的：请为草稿选择一个新文件夹</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/strings.py" line="7" />
        <source>no scenario '{id}' in {dir}</source>
        <translation>{dir} 中没有情景“{id}”</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/strings.py" line="8" />
        <source>no scenario '{id}'</source>
        <translation>没有情景“{id}”</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/strings.py" line="9" />
        <source>{path}: cannot be read: {why}</source>
        <translation>{path}：无法读取：{why}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/strings.py" line="10" />
        <source>cannot write {path}: {why}</source>
        <translation>无法写入 {path}：{why}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/strings.py" line="11" />
        <source>cannot read {path}: {why}</source>
        <translation>无法读取 {path}：{why}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/strings.py" line="12" />
        <source>{path}: too large for a Twee story</source>
        <translation>{path}：文件太大，不是 Twee 故事</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/strings.py" line="13" />
        <source>{path}: not UTF-8 text (Twee files are UTF-8)</source>
        <translation>{path}：不是 UTF-8 文本（Twee 文件为 UTF-8）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/strings.py" line="14" />
        <source>'{id}' is not a scenario id (lower-case kebab-case, e.g. upset-customer)</source>
        <translation>“{id}”不是有效的情景编号（小写英文单词以 - 连接，如 upset-customer）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/strings.py" line="15" />
        <source>{path} exists already (use --force to replace it)</source>
        <translation>{path} 已存在（用 --force 替换）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/strings.py" line="16" />
        <source>{path}: a Twee story ends in .twee or .tw</source>
        <translation>{path}：Twee 故事文件以 .twee 或 .tw 结尾</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/strings.py" line="17" />
        <source>not published: {count} findings to resolve first ({first})</source>
        <translation>未发布：需先解决 {count} 个问题（{first}）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/map/strings.py" line="18" />
        <source>cannot remove the draft {path}: {why}</source>
        <translation>无法删除草稿 {path}：{why}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="7" />
        <source>{path} was changed by {who} at {when} after you opened it: your text is kept; compare it with theirs and save again</source>
        <translation>您打开 {path} 之后，{who} 于 {when} 修改了它：您的文本已保留；请与对方的版本比对后再保存。</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="9" />
        <source>not published: {count} problems to fix first, the first: {first}</source>
        <translation>未发布：须先修正 {count} 个问题，第一个：{first}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="10" />
        <source>nothing to publish: no item has a draft</source>
        <translation>没有可发布的内容：没有条目有草稿</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="11" />
        <source>the text is too large to save ({size:,} bytes; the limit is {limit:,})</source>
        <translation>文本太大，无法保存（{size:,} 字节；上限 {limit:,}）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="12" />
        <source>{path} has no revision {number}</source>
        <translation>{path} 没有第 {number} 版</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="13" />
        <source>not a content item path: {path!r} (write articles/&lt;id&gt;.zh.md, articles/&lt;id&gt;.en.md, phrases/&lt;name&gt;.yaml, quizzes/&lt;name&gt;.yaml, scenarios/&lt;id&gt;.yaml, competencies.yaml or sources.yaml)</source>
        <translation>不是内容条目的路径：{path!r}（应为 articles/&lt;id&gt;.zh.md、articles/&lt;id&gt;.en.md、phrases/&lt;name&gt;.yaml、quizzes/&lt;name&gt;.yaml、scenarios/&lt;id&gt;.yaml、competencies.yaml 或 sources.yaml）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="16" />
        <source>{name} is not a content pack (not a zip file)</source>
        <translation>{name} 不是内容包（不是 zip 文件）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="17" />
        <source>{name} holds {count:,} files; a content pack holds at most {limit:,}</source>
        <translation>{name} 含 {count:,} 个文件；内容包最多 {limit:,} 个</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="18" />
        <source>{name} has a file outside the pack ({path}); refused</source>
        <translation>{name} 含有指向包外的文件（{path}），已拒绝</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="19" />
        <source>{name} unpacks to far more than it holds ({path}: {size:,} bytes); refused as a zip bomb</source>
        <translation>{name} 解压后远大于其本身（{path}：{size:,} 字节），视为压缩炸弹，已拒绝</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="21" />
        <source>{name} is not a content pack (no pack.json)</source>
        <translation>{name} 不是内容包（没有 pack.json）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="22" />
        <source>{name}: pack.json is not valid JSON</source>
        <translation>{name}：pack.json 不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="23" />
        <source>{name} is not a content pack (pack.json does not say trainer-content-pack)</source>
        <translation>{name} 不是内容包（pack.json 未标明 trainer-content-pack）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="24" />
        <source>{name} was written by a newer trainer ({version}); update trainer to import it</source>
        <translation>{name} 由更新版本的 trainer（{version}）生成；请升级 trainer 后再导入</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="25" />
        <source>{name} holds a file that is not a content item: {path}</source>
        <translation>{name} 含有不是内容条目的文件：{path}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="26" />
        <source>{name}: {path} is not UTF-8 text</source>
        <translation>{name}：{path} 不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="27" />
        <source>the pack was not imported: {count} problems in the content it holds, the first: {first}</source>
        <translation>内容包未导入：其中内容有 {count} 个问题，第一个：{first}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="29" />
        <source>cannot read {name}: {why}</source>
        <translation>无法读取 {name}：{why}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="30" />
        <source>cannot write {out}: {why}</source>
        <translation>无法写入 {out}：{why}</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="31" />
        <source>the pack is damaged ({path} is longer than it says)</source>
        <translation>内容包已损坏（{path} 比声明的长）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="32" />
        <source>the pack is damaged ({path}: {why})</source>
        <translation>内容包已损坏（{path}：{why}）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="33" />
        <source>{name}: pack.json hides {path}, not a content item</source>
        <translation>{name}：pack.json 要隐藏的 {path} 不是内容条目</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="34" />
        <source>{name}: pack.json's hidden list is not a list of paths</source>
        <translation>{name}：pack.json 的 hidden 列表不是路径列表</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/strings.py" line="35" />
        <source>{name} is too large ({size:,} bytes; a pack is at most {limit:,})</source>
        <translation>{name} 太大（{size:,} 字节；内容包最大 {limit:,}）</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../trainer/ui/editors/saving.py" line="60" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/editors/saving.py" line="61" />
        <source>This editor has changes that are not saved as a draft. Close it and lose them?</source>
        <translation>此编辑器中有尚未保存为草稿的修改。关闭并放弃这些修改吗？</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="109" />
        <source>the speech engine is starting</source>
        <translation>语音引擎正在启动</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="110" />
        <source>no Chinese (Mandarin) voice is installed</source>
        <translation>没有安装中文（普通话）语音</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="111" />
        <source>no English voice is installed</source>
        <translation>没有安装英文语音</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="112" />
        <source>espeak-ng is not installed (sudo apt-get install espeak-ng)</source>
        <translation>没有安装 espeak-ng（sudo apt-get install espeak-ng）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="113" />
        <source>no audio output device was found</source>
        <translation>没有找到音频输出设备</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="114" />
        <source>speech is switched off (TRAINER_TTS=off)</source>
        <translation>语音已关闭（TRAINER_TTS=off）</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="115" />
        <source>the speech engine produced no audio</source>
        <translation>语音引擎没有生成声音</translation>
    </message>
    <message>
        <location filename="../../trainer/ui/core_strings.py" line="116" />
        <source>the speech engine did not start</source>
        <translation>语音引擎未能启动</translation>
    </message>
</context>
</TS>