// The review's keyboard: j/k move between items, a accepts, x drops (or takes back), m merges with the next,
// e corrects, s splits. Moving to an item marks its lines in the document and brings them into view.
(function () {
  'use strict';
  var items = Array.prototype.slice.call(document.querySelectorAll('.proposal-item'));
  var doc = document.getElementById('document');
  if (!items.length || !doc) { return; }
  function mark(item) {
    var first = parseInt(item.getAttribute('data-first'), 10);
    var last = parseInt(item.getAttribute('data-last'), 10);
    Array.prototype.forEach.call(doc.querySelectorAll('.doc-line--current'), function (l) { l.classList.remove('doc-line--current'); });
    for (var n = first; n <= last && n - first < 400; n++) {
      var line = document.getElementById('l-' + n);
      if (line) { line.classList.add('doc-line--current'); }
    }
    var top = document.getElementById('l-' + first);
    if (top) { doc.scrollTop = top.offsetTop - doc.offsetTop - 40; }
    items.forEach(function (i) { i.classList.remove('proposal-item--current'); });
    item.classList.add('proposal-item--current');
  }
  items.forEach(function (item) {
    item.addEventListener('focusin', function () { mark(item); });
    item.addEventListener('click', function () { mark(item); });
  });
  var current = document.querySelector('.proposal-item--current') || items[0];
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable))) {
      return;
    }
    var focused = t && t.closest ? t.closest('.proposal-item') : null;
    if (focused) { current = focused; }
    var index = items.indexOf(current);
    if (e.key === 'j' || e.key === 'k') {
      var next = items[Math.max(0, Math.min(items.length - 1, index + (e.key === 'j' ? 1 : -1)))];
      current = next;
      next.focus();
      e.preventDefault();
      return;
    }
    var control = current ? current.querySelector('[data-key="' + e.key + '"]') : null;
    if (control) {
      e.preventDefault();
      control.click();
    }
  });
  if (document.querySelector('.proposal-item--current')) { mark(document.querySelector('.proposal-item--current')); }
}());
