/* kroniek web page: quotes with their speakers and conflicting figures with their sources, as their own
 * lists (#/quotes, #/conflicts with filters), on the event view and on the article view (#/article/ID).
 * Uses common.js (window.kroniek) and adds its views to it for app.js's routing.
 *
 * Security rule: strings from the API reach the page only through textContent / createTextNode.
 */
(function () {
  "use strict";

  var K = window.kroniek, $ = K.$, el = K.el, clear = K.clear, chip = K.chip;
  var getJSON = K.getJSON, eventHref = K.eventHref, renderHighlighted = K.renderHighlighted, showView = K.showView;
  var PAGE = K.PAGE;
  var ITEM_KEYS = ["text", "speaker", "language", "source", "date_from", "date_to"];  // of /quotes, /conflicts
  var items = { kind: "quotes", offset: 0, filters: {} };

  // ------------------------------------------------------------------ quotes and conflicts
  function articleHref(id) { return "#/article/" + encodeURIComponent(id); }
  function number(v) { return v === null || v === undefined ? "?" : String(Math.round(v * 100) / 100); }
  function figure(v) {
    return v.high === null || v.high === undefined || v.high === v.low ? number(v.low) : number(v.low) + "–" + number(v.high);
  }
  // "events[ev-2].size.arrested" -> the event id and the size slot the figures are about
  function conflictTarget(what) {
    var m = /^events\[([^\]]+)\]\.size\.(\w+)$/.exec(what || "");
    return m ? { event: m[1], slot: m[2] } : null;
  }
  function articleLink(doc) {
    var box = el("span");
    var a = el("a", "article-link", doc.title || ("(untitled) " + (doc.source || doc.id.slice(0, 12))));
    a.href = articleHref(doc.id);
    box.appendChild(a);
    var meta = [doc.source, doc.language].filter(Boolean).join(" · ");
    if (meta) box.appendChild(el("div", "muted small", meta));
    return box;
  }
  function quoteText(q) { return el("div", "quote-text", "“" + q.text + "”"); }
  function speakerOf(q) {
    var who = el("span", "speaker");
    who.appendChild(el("span", "speaker-name", q.speaker_text || "unknown speaker"));
    if (q.speaker_description) who.appendChild(el("span", "muted", ", " + q.speaker_description));
    return who;
  }
  function quoteItem(q) {
    var li = el("li", "quote");
    li.appendChild(quoteText(q));
    var line = el("div");
    line.appendChild(document.createTextNode("— "));
    line.appendChild(speakerOf(q));
    line.appendChild(el("span", "muted", " · " + q.kind + (q.cue ? " · “" + q.cue + "”" : "")));
    li.appendChild(line);
    return li;
  }
  function conflictHead(c, docId, eventId) {
    var t = conflictTarget(c.what), head = el("div", "conflict-what");
    head.appendChild(el("strong", null, t ? t.slot : c.what));
    if (t) {
      head.appendChild(document.createTextNode(" in "));
      var a = el("a", null, "event " + t.event); a.href = eventHref(docId + ":" + t.event);
      head.appendChild(a);
      if (t.event === eventId) head.appendChild(el("span", "muted", " (this event)"));
    }
    return head;
  }
  function conflictValues(c) {
    var ul = el("ul", "values");
    c.values.forEach(function (v) {
      var li = el("li", "value");
      li.appendChild(el("span", "figure", figure(v)));
      li.appendChild(document.createTextNode(" according to "));
      li.appendChild(el("span", "source-name", v.source || v.claimed_by_text || "an unnamed source"));
      if (v.claimed_by_text && v.claimed_by_text !== v.source) {
        li.appendChild(el("span", "muted", " (claimed by " + v.claimed_by_text + ")"));
      }
      ul.appendChild(li);
    });
    return ul;
  }
  function conflictItem(c, docId, eventId) {
    var t = conflictTarget(c.what);
    var li = el("li", "conflict" + (t && eventId && t.event === eventId ? " this-event" : ""));
    li.appendChild(conflictHead(c, docId, eventId));
    li.appendChild(conflictValues(c));
    return li;
  }
  // The quotes and conflicts of one article (every one: an article has few).
  function articleItems(docId) {
    var q = "?document=" + encodeURIComponent(docId) + "&limit=500";
    return Promise.all([getJSON("quotes" + q), getJSON("conflicts" + q)]).then(function (r) {
      return { quotes: r[0].items, conflicts: r[1].items };
    });
  }
  function drawItemLists(got, docId, eventId, quoteList, conflictList) {
    clear(quoteList); clear(conflictList);
    got.quotes.forEach(function (q) { quoteList.appendChild(quoteItem(q)); });
    if (!got.quotes.length) quoteList.appendChild(el("li", "muted", "No quotes found in this article."));
    // Figures about the event shown come first.
    var mine = got.conflicts.filter(function (c) { var t = conflictTarget(c.what); return t && t.event === eventId; });
    mine.concat(got.conflicts.filter(function (c) { return mine.indexOf(c) < 0; })).forEach(function (c) {
      conflictList.appendChild(conflictItem(c, docId, eventId));
    });
    if (!got.conflicts.length) conflictList.appendChild(el("li", "muted", "No conflicting figures in this article."));
  }
  function quoteHighlights(quotes) {
    var out = [];
    quotes.forEach(function (q) {
      out.push({ kind: "quote", start: q.start, end: q.end });
      if (q.speaker_start !== null && q.speaker_start !== undefined && q.speaker_end !== null) {
        out.push({ kind: "speaker", start: q.speaker_start, end: q.speaker_end });
      }
    });
    return out;
  }

  // ------------------------------------------------------------------ article view
  function showArticle(id) {
    showView("article-view", null);
    $("doc-title").textContent = "loading…"; $("doc-meta").textContent = "";
    ["doc-events", "doc-quotes", "doc-conflicts", "doc-text"].forEach(function (x) { clear($(x)); });
    Promise.all([getJSON("documents/" + encodeURIComponent(id)), articleItems(id)]).then(function (r) {
      var doc = r[0], meta = doc.document, got = r[1];
      $("doc-title").textContent = meta.title || "(untitled article)";
      var line = [meta.source, meta.published, meta.language].filter(Boolean).join(" · ");
      $("doc-meta").textContent = line;
      if (meta.url && /^https?:\/\//i.test(meta.url)) {
        var a = el("a", null, "original article"); a.href = meta.url; a.rel = "noopener noreferrer"; a.target = "_blank";
        $("doc-meta").appendChild(document.createTextNode(line ? " · " : ""));
        $("doc-meta").appendChild(a);
      }
      var evs = $("doc-events");
      (doc.events || []).forEach(function (e) {
        var li = el("li", "event"), link = el("a", "trigger", e.trigger.text);
        link.href = eventHref(meta.id + ":" + e.id);
        li.appendChild(chip(e.type)); li.appendChild(document.createTextNode(" ")); li.appendChild(link);
        li.appendChild(el("span", "muted", " · " + e.modality + (e.when ? " · " + e.when.value : "")));
        var who = K.parties(e, null);
        if (who) { var line = el("div", "small"); line.appendChild(who); li.appendChild(line); }
        evs.appendChild(li);
      });
      if (!(doc.events || []).length) evs.appendChild(el("li", "muted", "No events found in this article."));
      drawItemLists(got, meta.id, null, $("doc-quotes"), $("doc-conflicts"));
      var marks = (doc.events || []).map(function (e) {
        return { kind: "trigger", start: e.trigger.start, end: e.trigger.end };
      });
      renderHighlighted($("doc-text"), meta.text, marks.concat(quoteHighlights(got.quotes)));
      document.title = "kroniek — " + (meta.title || "article");
    }).catch(function (err) {
      $("doc-title").textContent = "Article not found";
      $("doc-meta").textContent = err.message;
    });
  }

  // ------------------------------------------------------------------ quotes and conflicts lists
  function itemHash() {
    var p = new URLSearchParams();
    ITEM_KEYS.forEach(function (k) { if (items.filters[k]) p.set(k, items.filters[k]); });
    if (items.offset) p.set("offset", String(items.offset));
    var s = p.toString();
    return "#/" + items.kind + (s ? "?" + s : "");
  }
  function setupItemFilters() {
    var form = $("item-filters");
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var f = {};
      ITEM_KEYS.forEach(function (k) {
        var v = (form.elements[k].value || "").trim();
        if (v && !(k === "speaker" && items.kind !== "quotes")) f[k] = v;
      });
      items.filters = f; items.offset = 0;
      location.hash = itemHash();
    });
    $("item-reset").addEventListener("click", function () {
      items.filters = {}; items.offset = 0; location.hash = itemHash();
    });
    $("item-prev").addEventListener("click", function () {
      items.offset = Math.max(0, items.offset - PAGE); location.hash = itemHash();
    });
    $("item-next").addEventListener("click", function () { items.offset += PAGE; location.hash = itemHash(); });
  }
  function showItemError(msg) {
    var p = $("item-error");
    p.textContent = msg || ""; p.hidden = !msg;
  }
  function published(doc) { return doc.published ? doc.published.slice(0, 10) : "—"; }
  function drawQuotes(page) {
    var tbody = document.querySelector("#quotes tbody"); clear(tbody);
    page.items.forEach(function (q) {
      var tr = el("tr");
      tr.setAttribute("data-doc", q.document.id);
      tr.appendChild(el("td", "date", published(q.document)));
      var what = el("td"); what.appendChild(quoteText(q)); tr.appendChild(what);
      var who = el("td"); who.appendChild(speakerOf(q)); tr.appendChild(who);
      tr.appendChild(el("td", null, q.kind));
      var art = el("td", "article"); art.appendChild(articleLink(q.document)); tr.appendChild(art);
      tbody.appendChild(tr);
    });
    return "quote";
  }
  function drawConflicts(page) {
    var tbody = document.querySelector("#conflicts tbody"); clear(tbody);
    page.items.forEach(function (c) {
      var tr = el("tr");
      tr.setAttribute("data-doc", c.document.id);
      tr.appendChild(el("td", "date", published(c.document)));
      var what = el("td"); what.appendChild(conflictHead(c, c.document.id, null)); tr.appendChild(what);
      var vals = el("td"); vals.appendChild(conflictValues(c)); tr.appendChild(vals);
      var art = el("td", "article"); art.appendChild(articleLink(c.document)); tr.appendChild(art);
      tbody.appendChild(tr);
    });
    return "conflict";
  }
  function drawItems(page) {
    var noun = items.kind === "quotes" ? drawQuotes(page) : drawConflicts(page);
    var table = $(items.kind);
    if (!page.items.length) {
      var tr = el("tr"), td = el("td", "empty", "No " + noun + "s match these filters.");
      td.colSpan = 5; tr.appendChild(td); table.querySelector("tbody").appendChild(tr);
    }
    var end = page.offset + page.items.length;
    $("items-count").textContent = page.total + " " + noun + (page.total === 1 ? "" : "s");
    $("item-page-info").textContent = page.items.length ? (page.offset + 1) + "–" + end + " of " + page.total : "";
    $("item-prev").disabled = page.offset <= 0;
    $("item-next").disabled = end >= page.total;
  }
  function showItems(kind, filters, offset) {
    items.kind = kind; items.filters = filters; items.offset = offset;
    showView("items-view", kind);
    var quotes = kind === "quotes";
    document.title = "kroniek — " + kind;
    $("items-title").textContent = quotes ? "Quotes" : "Conflicting figures";
    $("quotes").hidden = !quotes; $("conflicts").hidden = quotes;
    $("item-text-label").textContent = quotes ? "Words in the quote" : "Words in the article";
    var form = $("item-filters");
    form.querySelector(".quotes-only").hidden = !quotes;
    ITEM_KEYS.forEach(function (k) { form.elements[k].value = filters[k] || ""; });
    showItemError("");
    var p = new URLSearchParams();
    ITEM_KEYS.forEach(function (k) { if (filters[k]) p.set(k, filters[k]); });
    p.set("limit", String(PAGE)); p.set("offset", String(offset));
    var url = kind + "?" + p.toString();
    $("dl-items").href = url;
    getJSON(url).then(drawItems).catch(function (err) {
      showItemError(err.message); drawItems({ items: [], total: 0, offset: 0 });
    });
  }

  // The route of #/quotes?... and #/conflicts?...
  function itemsRoute(kind, params) {
    var filters = {};
    ITEM_KEYS.forEach(function (k) { var v = params.get(k); if (v) filters[k] = v; });
    if (kind === "conflicts") delete filters.speaker;
    return { view: "items", kind: kind, filters: filters, offset: parseInt(params.get("offset") || "0", 10) || 0 };
  }

  K.articleHref = articleHref; K.articleLink = articleLink; K.articleItems = articleItems;
  K.drawItemLists = drawItemLists; K.quoteHighlights = quoteHighlights; K.showArticle = showArticle;
  K.showItems = showItems; K.setupItemFilters = setupItemFilters; K.itemsRoute = itemsRoute;
})();
