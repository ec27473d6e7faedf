// The phone page: join, follow the presenter, answer. Every text goes in with textContent, never as HTML.
"use strict";

const TEXT = {
  zh: {
    "title": "加入课堂", "code": "加入码", "name": "你的名字或昵称", "pin": "PIN（名单上的学员填写）",
    "pin-hint": "填写 PIN，答题计入你的学习记录；不填则以昵称参加，只计入全班统计。",
    "join": "加入", "privacy": "这是培训室本地网络上的连接，未加密。除你填写的名字外，不收集任何个人信息。",
    "lang": "English", "wait": "已加入，请等待讲师出题。", "choose": "请选择答案。",
    "yours": "你的答案：{0}。揭晓前可以更改。", "right": "回答正确！", "wrong": "不对，正确答案是 {0}。",
    "none": "揭晓：正确答案是 {0}。", "room-chose": "全班选择了 {0}。", "better": "更好的做法是 {0}。",
    "look": "请看大屏幕。", "say": "请在讲师提问时大声说出你的回答。", "question": "第 {0} 题，共 {1} 题",
    "step": "第 {0} 步", "over": "本轮结束，谢谢参与！", "ended": "课堂已结束，谢谢参与！",
    "reconnecting": "连接中断，正在重新连接…", "roster": "（记录）", "scores": "各组得分",
    "time-left": "剩余 {0} 秒",
    "customer": "客户", "colleague": "同事", "manager": "主管", "narrator": "旁白", "trainee": "你",
    "err-bad-code": "加入码不对，或课堂已结束。", "err-name-missing": "请填写名字（1–20 个字）。",
    "err-name-long": "名字最多 20 个字。", "err-name-taken": "这个名字已有人使用，请换一个。",
    "err-roster-name": "这是名单上的名字：请同时填写 PIN。", "err-not-on-roster": "名单上没有这个名字。",
    "err-no-pin": "这位学员还没有 PIN，无法用手机认领；请用昵称加入，或请主管设置 PIN。",
    "err-pin-needed": "请填写 PIN。", "err-pin-wrong": "PIN 不对。", "err-too-many-joins": "尝试次数太多，请稍后再试。",
    "err-moved-on": "讲师已切换到下一题。", "err-revealed": "答案已揭晓，不能再更改。", "err-time-up": "时间到了。",
    "err-bad-choice": "这个选项不存在。", "err-not-joined": "请先加入。", "err-removed": "讲师已将你移出本次课堂。",
    "err-elsewhere": "你已在另一台设备上加入。", "err-gone": "之前的加入已失效，请重新加入。",
    "err-ended": "课堂已结束。", "err-bad-message": "消息无效。", "err-slow-down": "操作太快了，请稍候。",
    "err-not-recorded": "你的答案未能记入学习记录（课堂可能已结束）。",
  },
  en: {
    "title": "Join the class", "code": "Join code", "name": "Your name or a nickname",
    "pin": "PIN (trainees on the roster)",
    "pin-hint": "With your PIN your answers go into your record; without it you join with a nickname and count in the room's tally only.",
    "join": "Join", "privacy": "This connection is local to the training room and not encrypted. Nothing but the name you type is collected.",
    "lang": "中文", "wait": "Joined. Wait for the first question.", "choose": "Choose your answer.",
    "yours": "Your answer: {0}. You can change it until the reveal.", "right": "Right!",
    "wrong": "Not right: the right answer is {0}.", "none": "Revealed: the right answer is {0}.",
    "room-chose": "The room chose {0}.", "better": "A better way was {0}.", "look": "Look at the screen.",
    "say": "Say your reply aloud when the presenter asks.", "question": "Question {0} of {1}", "step": "Step {0}",
    "over": "That's the end. Thank you!", "ended": "The session has ended. Thank you!",
    "reconnecting": "Connection lost, reconnecting…", "roster": " (recorded)", "scores": "Team scores",
    "time-left": "{0} s left",
    "customer": "Customer", "colleague": "Colleague", "manager": "Manager", "narrator": "Narrator", "trainee": "You",
    "err-bad-code": "Wrong join code, or the session has ended.", "err-name-missing": "Type a name (1–20 characters).",
    "err-name-long": "A name has at most 20 characters.", "err-name-taken": "Someone has this name already: choose another.",
    "err-roster-name": "This name is on the roster: type its PIN too.", "err-not-on-roster": "This name is not on the roster.",
    "err-no-pin": "This trainee has no PIN and cannot be claimed from a phone: join with a nickname, or ask the manager for a PIN.",
    "err-pin-needed": "Type the PIN.", "err-pin-wrong": "Wrong PIN.", "err-too-many-joins": "Too many tries: wait a moment.",
    "err-moved-on": "The presenter has moved on.", "err-revealed": "The answer has been revealed.", "err-time-up": "Time is up.",
    "err-bad-choice": "That choice is not on offer.", "err-not-joined": "Join first.",
    "err-removed": "The presenter removed you from this session.", "err-elsewhere": "You joined on another device.",
    "err-gone": "Your earlier place has expired: join again.", "err-ended": "The session has ended.",
    "err-bad-message": "Invalid message.", "err-slow-down": "Too fast: wait a moment.",
    "err-not-recorded": "Your answer could not be recorded (the session may have ended).",
  },
};
const LETTERS = "ABCDEF";
const STORE = "trainer.phone";
const $ = (id) => document.getElementById(id);

const params = new URLSearchParams(location.search);
const link = params.get("t") || "";
let lang = localStorage.getItem(STORE + ".lang") ||
  ((navigator.language || "zh").toLowerCase().startsWith("zh") ? "zh" : "en");
let saved = null;
try { saved = JSON.parse(localStorage.getItem(STORE) || "null"); } catch (e) { saved = null; }
if (!saved || saved.host !== location.host || (link && saved.link !== link)) saved = null;

let ws = null, state = null, mine = null, name = saved ? saved.name : "", roster = saved ? saved.roster : false;
let retry = 0, ended = false, deadline = null, ticker = null, lastError = "";

function t(key, ...args) {
  let text = (TEXT[lang] && TEXT[lang][key]) || TEXT.en[key] || key;
  args.forEach((a, i) => { text = text.replace("{" + i + "}", String(a)); });
  return text;
}
function both(text) { return text ? (text[lang] || text.zh || text.en || "") : ""; }
function setText(el, text) { el.textContent = text || ""; }

function drawStatic() {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.querySelectorAll("[data-t]").forEach((el) => setText(el, t(el.dataset.t)));
  setText($("join-title"), t("title"));
  setText($("lang"), t("lang"));
  setText($("who"), name ? name + (roster ? t("roster") : "") : "");
  $("code-row").hidden = Boolean(link);
  if (lastError) setText($("join-error"), t("err-" + lastError));
}

function connect() {
  ws = new WebSocket("ws://" + location.host + "/ws");
  ws.onopen = () => {
    retry = 0;
    $("banner").hidden = true;
    if (saved && saved.token) ws.send(JSON.stringify({ t: "resume", token: saved.token }));
    else showJoin();
  };
  ws.onmessage = (event) => {
    let msg; try { msg = JSON.parse(event.data); } catch (e) { return; }
    if (msg.t === "joined") onJoined(msg);
    else if (msg.t === "state") onState(msg);
    else if (msg.t === "ack") { if (state && state.view && msg.item === state.view.key) { mine = msg.place; draw(); } }
    else if (msg.t === "error") onError(msg);
  };
  ws.onclose = () => {
    ws = null;
    if (ended) return;
    setText($("banner"), t("reconnecting"));
    $("banner").hidden = false;
    retry = Math.min(retry + 1, 6);
    setTimeout(connect, 300 * retry);
  };
}

function showJoin() {
  $("join").hidden = false; $("room").hidden = true; $("answers").hidden = true;
  drawStatic();
}

function onJoined(msg) {
  name = msg.name; roster = msg.roster; lastError = "";
  saved = { token: msg.token, name: msg.name, roster: msg.roster, host: location.host, link: link };
  localStorage.setItem(STORE, JSON.stringify(saved));
  $("join").hidden = true; $("room").hidden = false; $("answers").hidden = false;
  $("join-button").disabled = false;
  drawStatic();
}

function onState(msg) {
  state = msg; mine = msg.mine;
  deadline = msg.remaining === null || msg.remaining === undefined ? null : Date.now() + msg.remaining * 1000;
  if (msg.closed) { ended = true; localStorage.removeItem(STORE); }
  draw();
}

function onError(msg) {
  const code = msg.code;
  if (code === "gone" || code === "removed" || code === "elsewhere" || code === "ended") {
    localStorage.removeItem(STORE);
    saved = null; name = ""; roster = false;
    if (code !== "gone") ended = code !== "elsewhere" ? true : ended;
  }
  if (code === "removed" || code === "elsewhere" || code === "ended") {
    ended = true;
    $("room").hidden = false; $("answers").hidden = true; $("join").hidden = true;
    setText($("heading"), ""); setText($("speaker"), ""); setText($("prompt"), t("err-" + code));
    drawStatic();
    return;
  }
  if (!$("join").hidden || code === "gone") {
    lastError = code;
    $("join-button").disabled = false;
    showJoin();
    return;
  }
  const status = $("status");
  status.className = "status bad";
  setText(status, t("err-" + code));
}

function heading(view) {
  if (view.kind === "quiz") return t("question", view.index, view.total);
  return both(view.title) + " · " + t("step", view.index);
}

function draw() {
  drawStatic();
  const view = state && state.view;
  const status = $("status"), box = $("options"), scores = $("scores");
  box.replaceChildren(); scores.replaceChildren(); scores.hidden = true;
  status.className = "status";
  if (ended && (!view || !view.over)) {
    setText($("heading"), ""); setText($("speaker"), ""); setText($("prompt"), t("ended")); setText(status, "");
    $("timer").hidden = true;
    return;
  }
  if (!view) {
    setText($("heading"), ""); setText($("speaker"), ""); setText($("prompt"), t("wait")); setText(status, "");
    $("timer").hidden = true;
    return;
  }
  if (view.over) {
    setText($("heading"), view.title ? both(view.title) : "");
    setText($("speaker"), view.ending ? both(view.ending) : "");
    setText($("prompt"), ended ? t("ended") : t("over"));
    setText(status, "");
    drawScores(view);
    $("timer").hidden = true;
    return;
  }
  setText($("heading"), heading(view));
  setText($("speaker"), view.speaker ? t(view.speaker) : "");
  setText($("prompt"), both(view.prompt));
  (view.options || []).forEach((option, i) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "option";
    button.dataset.place = String(i);
    const letter = document.createElement("span"); letter.className = "letter"; setText(letter, LETTERS[i]);
    const text = document.createElement("span"); text.className = "text"; setText(text, both(option));
    button.append(letter, text);
    if (i === mine) button.classList.add("mine");
    const right = view.kind === "quiz" ? view.right : view.chosen;
    if (view.revealed && i === right) button.classList.add("right");
    if (view.revealed && view.kind === "quiz" && i === mine && i !== view.right) button.classList.add("wrong");
    button.disabled = Boolean(view.revealed);
    button.addEventListener("click", () => answer(i));
    box.append(button);
  });
  if (!view.revealed) {
    if (view.reply) setText(status, both(view.reply) + " " + t("say"));
    else setText(status, mine === null || mine === undefined ? t("choose") : t("yours", LETTERS[mine]));
  } else if (view.kind === "quiz") {
    if (mine === null || mine === undefined) setText(status, t("none", LETTERS[view.right]));
    else if (mine === view.right) { status.className = "status good"; setText(status, t("right")); }
    else { status.className = "status bad"; setText(status, t("wrong", LETTERS[view.right])); }
  } else if (view.chosen !== undefined && view.chosen !== null) {
    let text = t("room-chose", LETTERS[view.chosen]);
    if (view.best !== null && view.best !== undefined && view.best !== view.chosen) text += " " + t("better", LETTERS[view.best]);
    setText(status, text);
  } else {
    setText(status, t("look"));
  }
  if (view.revealed && view.feedback) {
    const feedback = document.createElement("p"); feedback.className = "hint"; setText(feedback, both(view.feedback));
    box.append(feedback);
  }
  drawScores(view);
  tick();
}

function drawScores(view) {
  const scores = $("scores");
  if (!view.scores || !view.scores.length) return;
  scores.hidden = false;
  const head = document.createElement("li"); head.className = "hint"; setText(head, t("scores"));
  scores.append(head);
  view.scores.forEach(([team, score]) => {
    const row = document.createElement("li"); setText(row, team + " · " + score); scores.append(row);
  });
}

function tick() {
  const timer = $("timer");
  const view = state && state.view;
  if (deadline === null || !view || view.revealed) { timer.hidden = true; return; }
  const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  timer.hidden = false;
  setText(timer, t("time-left", left));
}

function answer(place) {
  const view = state && state.view;
  if (!ws || ws.readyState !== WebSocket.OPEN || !view || view.revealed) return;
  mine = place;
  draw();
  ws.send(JSON.stringify({ t: "answer", item: view.key, place: place }));
}

$("join-form").addEventListener("submit", (event) => {
  event.preventDefault();
  if (!ws || ws.readyState !== WebSocket.OPEN) return;
  lastError = "";
  setText($("join-error"), "");
  $("join-button").disabled = true;
  ws.send(JSON.stringify({ t: "join", code: $("code").value.replace(/[\s-]/g, "").toUpperCase(), link: link,
                           name: $("name").value, pin: $("pin").value, lang: lang }));
});
$("lang").addEventListener("click", () => {
  lang = lang === "zh" ? "en" : "zh";
  localStorage.setItem(STORE + ".lang", lang);
  if (state) draw(); else drawStatic();
});
setInterval(tick, 500);
drawStatic();
connect();
