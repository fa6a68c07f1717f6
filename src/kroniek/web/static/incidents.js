/* kroniek web page, incidents (window.kroniek.showIncident, levelPath): the reports of one happening
 * across articles. Loaded after common.js and before app.js.
 *
 * - The map and the timeline show incidents by default (a happening reported by ten outlets is one
 *   symbol, counted once); the "incidents | mentions" switch in the map panel shows every event
 *   mention instead. app.js asks levelPath("map") / levelPath("timeline") which endpoint to read.
 * - The event view names the event's incident (#ev-incident) when other reports tell it too.
 * - #/incident/ID is the incident view (an incident of one report opens that report's event view): its reconciled fields (date, place, sizes with every claim,
 *   conflicts between outlets) and every report with its evidence sentence, the trigger highlighted,
 *   and why it was linked (the report it matched best, the score and each feature).
 *
 * Security rule of the page's scripts: every string that comes from an article (or the API) is put in
 * the page with textContent / createTextNode / setAttribute on safe attributes, never innerHTML.
 */
(function () {
  "use strict";

  var K = window.kroniek, $ = K.$, el = K.el, clear = K.clear, chip = K.chip, fact = K.fact;
  var STORE_KEY = "kroniek.level", LEVELS = ["incidents", "mentions"];
  var level = LEVELS.indexOf(sessionStorage.getItem(STORE_KEY)) >= 0 ? sessionStorage.getItem(STORE_KEY) : "incidents";

  function levelPath(name) { return level === "incidents" ? "incidents/" + name : name; }

  // A map popup links its items with eventHref: an incident id opens the incident view.
  var eventHref = K.eventHref;
  K.eventHref = function (key) {
    return /^inc-[0-9a-f]{16}$/.test(key) ? "#/incident/" + encodeURIComponent(key) : eventHref(key);
  };

  // ------------------------------------------------------------------ the switch
  function drawSwitch() {
    var head = document.querySelector(".map-panel .panel-head");
    if (!head || $("level-toggle")) return;
    var box = el("span", "level-toggle");  // not .bucket-toggle: app.js marks those buttons by their bucket
    box.id = "level-toggle";
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", "show incidents or every mention");
    LEVELS.forEach(function (name) {
      var b = el("button", null, name);
      b.type = "button"; b.id = "level-" + name; b.setAttribute("data-level", name);
      b.title = name === "incidents" ? "one symbol per happening, however many articles report it"
        : "one symbol per event mention (every report counted)";
      b.addEventListener("click", function () {
        if (level === name) return;
        level = name; sessionStorage.setItem(STORE_KEY, name); markSwitch();
        window.dispatchEvent(new HashChangeEvent("hashchange"));  // app.js reloads the map and timeline
      });
      box.appendChild(b);
    });
    head.appendChild(box);
    markSwitch();
  }
  function markSwitch() {
    LEVELS.forEach(function (name) {
      var b = $("level-" + name);
      if (b) b.classList.toggle("active", name === level);
    });
    document.body.setAttribute("data-level", level);
  }

  // ------------------------------------------------------------------ the incident view
  function view() {
    var v = $("incident-view");
    if (v) return v;
    v = el("main", "event-view");
    v.id = "incident-view"; v.hidden = true;
    var back = el("p"), a = el("a", null, "← back to the events"); a.href = "#/"; back.appendChild(a);
    v.appendChild(back);
    var panel = el("section", "panel incident");
    var h = el("h2"); h.id = "inc-title"; panel.appendChild(h);
    var facts = el("dl", "facts"); facts.id = "inc-facts"; panel.appendChild(facts);
    panel.appendChild(el("h2", "sub", "Reports"));
    var list = el("ol", "item-list reports"); list.id = "inc-reports"; panel.appendChild(list);
    v.appendChild(panel);
    document.body.insertBefore(v, document.querySelector("script"));
    return v;
  }
  function figure(low, high) {
    if (low === null && high === null) return "?";
    if (high === null) return low + "+";
    return low === high ? String(low) : low + "–" + high;
  }
  function sizes(size) {
    var box = el("div");
    Object.keys(size || {}).forEach(function (slot) {
      var s = size[slot], line = el("div", "size-line");
      line.appendChild(el("strong", null, slot + " " + figure(s.low, s.high)));
      line.appendChild(document.createTextNode(" — " + s.claims.map(function (c) {
        return figure(c.low, c.high) + " (" + (c.source || "?") + ")";
      }).join("; ")));
      box.appendChild(line);
    });
    return box.childNodes.length ? box : null;
  }
  function conflicts(list) {
    if (!list || !list.length) return null;
    var box = el("div", "conflict");
    list.forEach(function (c) {
      box.appendChild(el("div", null, c.what.replace(/^size\./, "") + ": outlets disagree — " + c.values.map(function (v) {
        return (v.source || "?") + " " + figure(v.low, v.high);
      }).join(" · ")));
    });
    return box;
  }
  function names(list) { return (list || []).map(function (p) { return p.name + (p.type ? " (" + p.type + ")" : ""); }).join(", "); }

  function sentence(m) {
    var p = el("p", "report-sentence"), s = m.sentence, text = s.text || "";
    var start = m.trigger.start - s.start, end = m.trigger.end - s.start;
    K.renderHighlighted(p, text, [{ start: 0, end: text.length, kind: "sentence" }].concat(
      start >= 0 && end <= text.length && start < end ? [{ start: start, end: end, kind: "trigger" }] : []));
    return p;
  }
  function why(m, number) {
    var box = el("div", "why"), link = m.link;
    if (link.by === "first") { box.appendChild(el("span", "muted", "first report of this incident")); return box; }
    var head = (link.by === "user" ? "put here by a user's merge or split; " : "linked ") +
      (link.score === null ? "" : "with score " + link.score.toFixed(2) + " to report #" + (number[link.to] || "?"));
    box.appendChild(el("div", null, head));
    var table = el("table", "features"), body = el("tbody");
    Object.keys(link.features || {}).forEach(function (k) {
      var tr = el("tr"), v = link.features[k];
      tr.appendChild(el("th", null, k));
      var td = el("td", "num", typeof v === "number" ? (v > 0 ? "+" : "") + v.toFixed(2) : v);
      if (typeof v === "number") td.className += v > 0 ? " agree" : v < 0 ? " disagree" : "";
      tr.appendChild(td);
      body.appendChild(tr);
    });
    table.appendChild(body);
    box.appendChild(table);
    return box;
  }
  function report(m, i, number) {
    var li = el("li", "report");
    li.setAttribute("data-key", m.key);
    var head = el("div", "report-head");
    head.appendChild(el("span", "report-n", "#" + (i + 1) + " "));
    var a = el("a", null, m.document.title || "(untitled article)"); a.href = eventHref(m.key);
    a.title = "the event in its article";
    head.appendChild(a);
    head.appendChild(el("span", "muted", " · " + [m.document.source, m.document.published].filter(Boolean).join(" · ")));
    li.appendChild(head);
    li.appendChild(sentence(m));
    li.appendChild(why(m, number));
    return li;
  }
  function showIncident(id) {
    K.showView("incident-view", null);  // hides the other views
    var v = view(); v.hidden = false;
    var h = $("inc-title"), dl = $("inc-facts"), list = $("inc-reports");
    clear(h); clear(dl); clear(list); h.textContent = "loading…";
    K.getJSON("incidents/" + encodeURIComponent(id)).then(function (inc) {
      if (inc.members.length === 1) {  // one report: its event in its article says all, and more
        location.replace(eventHref(inc.members[0].key));
        return;
      }
      clear(h); h.appendChild(chip(inc.type));
      var place = inc.place || {};
      h.appendChild(document.createTextNode(" " + (inc.mode || inc.type.toLowerCase()) +
        (place.name ? " in " + place.name : "") + (inc.when ? " · " + inc.when.value : "")));
      fact(dl, "reports", inc.n_reports + " from " + inc.n_sources + " source" + (inc.n_sources === 1 ? "" : "s") +
        " (" + inc.sources.join(", ") + ")");
      fact(dl, "first / last", (inc.first_report || "?") + " / " + (inc.last_report || "?"));
      fact(dl, "ACLED", inc.acled.event_type + " / " + inc.acled.sub_event_type);
      fact(dl, "when", inc.when ? inc.when.value + " (" + inc.when.precision + ", from " + inc.when.source + ")" : null);
      fact(dl, "where", place.name ? place.name + (place.admin1 ? ", " + place.admin1 : "") +
        (place.country ? " (" + place.country + ")" : "") + " · " + place.precision : null);
      fact(dl, "actors", names(inc.actors));
      fact(dl, "targets", names(inc.targets));
      fact(dl, "size", sizes(inc.size));
      fact(dl, "conflicts", conflicts(inc.conflicts));
      fact(dl, "modality", inc.modality);
      fact(dl, "incident id", inc.id);
      var number = {};
      inc.members.forEach(function (m, i) { number[m.key] = i + 1; });
      inc.members.forEach(function (m, i) { list.appendChild(report(m, i, number)); });
      document.title = "kroniek — incident " + inc.type + (place.name ? " in " + place.name : "");
    }).catch(function (err) {
      h.textContent = "Incident not found";
      fact(dl, "error", err.message);
    });
  }

  (function stylesheet() {
    var link = document.createElement("link");
    link.rel = "stylesheet"; link.href = "static/incidents.css";
    document.head.appendChild(link);
  })();
  // The event view names the incident its event belongs to, when other reports tell it too.
  function eventIncident() {
    if (location.hash.indexOf("#/event/") !== 0) return;
    var key = decodeURIComponent(location.hash.slice(8));
    K.getJSON("incidents/of/" + encodeURIComponent(key)).then(function (r) {
      return K.getJSON("incidents/" + encodeURIComponent(r.incident));
    }).then(function (inc) {
      if (inc.members.length < 2 || location.hash.indexOf("#/event/") !== 0) return;
      var dl = $("ev-facts"), dd = el("dd"), a = el("a", null, inc.n_reports + " reports from " + inc.n_sources +
        " source" + (inc.n_sources === 1 ? "" : "s"));
      a.href = "#/incident/" + encodeURIComponent(inc.id); a.id = "ev-incident";
      dd.appendChild(a);
      dl.insertBefore(dd, dl.firstChild);
      dl.insertBefore(el("dt", null, "incident"), dd);
    }).catch(function () { /* an event of a database without incidents */ });
  }

  window.addEventListener("hashchange", function () {
    var v = $("incident-view");
    if (v && location.hash.indexOf("#/incident/") !== 0) v.hidden = true;
    eventIncident();
  });
  eventIncident();
  drawSwitch();
  markSwitch();

  K.levelPath = levelPath;
  K.showIncident = showIncident;
})();
