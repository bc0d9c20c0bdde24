(function () {
  "use strict";
  var byId = function (id) { return document.getElementById(id); };
  var selects = { code: byId("f-code"), severity: byId("f-severity"), status: byId("f-status"), doc: byId("f-doc") };
  var search = byId("f-text");
  var claims = Array.prototype.slice.call(document.querySelectorAll("article.claim"));
  var docs = Array.prototype.slice.call(document.querySelectorAll("section.doc"));
  var claimTexts = null;  // lower-cased card texts, built on the first search

  function textMatches(index, query) {
    if (!query) return true;
    if (claimTexts === null) claimTexts = claims.map(function (el) { return el.textContent.toLowerCase(); });
    return claimTexts[index].indexOf(query) !== -1;
  }

  // data-flags holds one "CODE:severity" token per flag, so code and severity are
  // matched on the same flag rather than on any two flags of the claim.
  function flagsMatch(tokens, code, severity) {
    if (code === "-") return tokens.length === 0;
    if (!code && !severity) return true;
    return tokens.some(function (token) {
      var parts = token.split(":");
      return (!code || parts[0] === code) && (!severity || parts[1] === severity);
    });
  }

  function apply() {
    var code = selects.code.value, severity = selects.severity.value;
    var status = selects.status.value, doc = selects.doc.value;
    var query = search.value.trim().toLowerCase();
    var claimFilter = Boolean(code || severity || status || query);
    var shown = 0, docHasShown = Object.create(null);
    claims.forEach(function (el, index) {
      var tokens = el.dataset.flags ? el.dataset.flags.split(" ") : [];
      var visible = (!doc || el.dataset.doc === doc) && (!status || el.dataset.status === status) &&
        flagsMatch(tokens, code, severity) && textMatches(index, query);
      el.hidden = !visible;
      if (visible) { shown += 1; docHasShown[el.dataset.doc] = true; }
    });
    docs.forEach(function (el) {
      var id = el.dataset.doc;
      el.hidden = Boolean((doc && id !== doc) || (claimFilter && !docHasShown[id]));
    });
    byId("shown-count").textContent = String(shown);
  }

  Object.keys(selects).forEach(function (key) { selects[key].addEventListener("change", apply); });
  var pending = null;
  search.addEventListener("input", function () {
    clearTimeout(pending);
    pending = setTimeout(apply, 150);
  });

  byId("f-reset").addEventListener("click", function () {
    Object.keys(selects).forEach(function (key) { selects[key].value = ""; });
    search.value = "";
    apply();
  });

  Array.prototype.forEach.call(document.querySelectorAll("tr[data-filter]"), function (row) {
    row.addEventListener("click", function () {
      var select = selects[row.dataset.filter];
      select.value = select.value === row.dataset.value ? "" : row.dataset.value;
      apply();
      byId("filters").scrollIntoView();
    });
  });

  // A jump into a document's text must open the collapsed text first.
  Array.prototype.forEach.call(document.querySelectorAll("a.to-text"), function (link) {
    link.addEventListener("click", function () {
      var target = byId(link.getAttribute("href").slice(1));
      var details = target && target.closest("details");
      if (details) details.open = true;
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll(".doc-text mark"), function (mark) {
    mark.addEventListener("click", function () {
      var card = byId("c-" + mark.dataset.claims.split(" ")[0]);
      if (card) card.scrollIntoView({ block: "center" });
    });
  });

  apply();
})();
