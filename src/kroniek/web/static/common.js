/* kroniek web page, shared helpers (window.kroniek): DOM building, API requests, view switching and the
 * highlighting of spans in an article. Loaded first; items.js and app.js use it.
 *
 * Security rule of the page's scripts: every string that comes from an article (or the API) is put in
 * the page with textContent / createTextNode / setAttribute on safe attributes, never innerHTML.
 */
(function () {
  "use strict";

  // Cooperation in greens/blues, verbal conflict in purples/ambers, material conflict in reds/browns.
  var COLORS = {
    AGREE: "#1b9e77", CONSULT: "#66c2a5", SUPPORT: "#2c7fb8", CONCEDE: "#7fcdbb", COOPERATE: "#41ab5d",
    AID: "#006d2c", RETREAT: "#9ecae1", REQUEST: "#807dba", ACCUSE: "#6a51a3", REJECT: "#c994c7",
    THREATEN: "#f0a500", PROTEST: "#fd8d3c", SANCTION: "#8c6d31", MOBILIZE: "#a6611a", COERCE: "#e7298a",
    ASSAULT: "#d7191c", DISPLACE: "#67001f"
  };
  var VIEWS = ["list-view", "items-view", "article-view", "event-view"];

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function colorOf(type) { return COLORS[type] || "#555"; }
  function chip(type) {
    var c = el("span", "chip", type);
    c.style.background = colorOf(type);
    return c;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function showView(id, tab) {
    VIEWS.forEach(function (v) { $(v).hidden = v !== id; });
    Array.prototype.forEach.call(document.querySelectorAll(".tabs a"), function (a) {
      a.classList.toggle("active", a.getAttribute("data-tab") === tab);
    });
  }
  function getJSON(path) {
    return fetch(path, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) {
          var msg = (body && (body.message || (typeof body.detail === "string" ? body.detail : null))) ||
            ("HTTP " + r.status);
          throw new Error(msg);
        }
        return body;
      });
    });
  }
  function eventHref(key) { return "#/event/" + encodeURIComponent(key); }

  // One actor or target: its name (canonical, else as written; a link filtering the events on it when
  // ``href`` gives one) and what it is: ACLED category, sector, country ("state forces · police · NL").
  function partyKind(p) {
    return [p.type, p.sector && p.sector !== p.type ? p.sector : null, p.country].filter(Boolean).join(" · ");
  }
  function party(p, role, href) {
    var box = el("span", "party party-" + role), name = p.canonical || p.text;
    var label = href ? el("a", "party-name", name) : el("span", "party-name", name);
    if (href) { label.href = href(name); label.title = "events with " + name; }
    box.appendChild(label);
    if (name !== p.text) box.title = "as written: " + p.text;
    var kind = partyKind(p);
    if (kind) box.appendChild(el("span", "party-type", kind));
    return box;
  }
  // The actors and targets of an event as "actor (type) → target (type)", or null when it has neither.
  function parties(e, href) {
    var box = el("span", "parties"), n = 0;
    (e.actors || []).forEach(function (p, i) {
      if (i) box.appendChild(document.createTextNode(", "));
      box.appendChild(party(p, "actor", href)); n++;
    });
    if ((e.targets || []).length) {
      box.appendChild(el("span", "arrow", n ? " → " : "→ "));
      e.targets.forEach(function (p, i) {
        if (i) box.appendChild(document.createTextNode(", "));
        box.appendChild(party(p, "target", href)); n++;
      });
    }
    return n ? box : null;
  }

  // One "name: value" line of a fact list (<dl>); an empty value leaves the line out.
  function fact(dl, name, value) {
    if (value === null || value === undefined || value === "") return;
    dl.appendChild(el("dt", null, name));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    dl.appendChild(dd);
  }

  function renderHighlighted(container, text, highlights) {
    clear(container);
    var cuts = { 0: true }; cuts[text.length] = true;
    highlights.forEach(function (h) { cuts[h.start] = true; cuts[h.end] = true; });
    var points = Object.keys(cuts).map(Number).filter(function (n) { return n >= 0 && n <= text.length; })
      .sort(function (a, b) { return a - b; });
    var firstEvidence = null;
    for (var i = 0; i + 1 < points.length; i++) {
      var s = points[i], e = points[i + 1], kinds = [];
      highlights.forEach(function (h) { if (h.start <= s && e <= h.end && kinds.indexOf(h.kind) < 0) kinds.push(h.kind); });
      var piece = text.slice(s, e);
      if (!kinds.length) { container.appendChild(document.createTextNode(piece)); continue; }
      var span = el("span", kinds.map(function (k) { return "hl-" + k; }).join(" "), piece);
      span.setAttribute("data-start", String(s));
      if (kinds.indexOf("sentence") >= 0 && !firstEvidence) firstEvidence = span;
      container.appendChild(span);
    }
    return firstEvidence;
  }

  window.kroniek = {
    PAGE: 50, $: $, el: el, clear: clear, colorOf: colorOf, chip: chip, showView: showView, getJSON: getJSON,
    eventHref: eventHref, renderHighlighted: renderHighlighted, party: party, parties: parties, fact: fact
  };
})();
