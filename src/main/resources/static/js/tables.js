// Wide tables on narrow screens (issue #18, item 6): a table wider than its column scrolls inside its own box with its
// first column held in place, so the page itself never scrolls sideways — on a phone (390 px) and at 200 % zoom (a
// 1 366 px screen is then 683 px wide) — and each row keeps its name in view while the figures scroll. The box takes
// the keyboard focus only while it has something to scroll (WCAG 2.1 2.1.1; axe: scrollable-region-focusable), and is
// named after the table's caption. Tables that already sit in such a box (.table-scroll) are left as they are.
(function () {
  'use strict';

  function name(table) {
    var caption = table.querySelector('caption');
    if (caption && caption.textContent.trim()) { return caption.textContent.trim(); }
    var label = table.getAttribute('aria-label');
    if (label) { return label; }
    var heading = table.closest('section, article, .card');
    heading = heading && heading.querySelector('h2, h3');
    return heading ? heading.textContent.trim() : document.documentElement.getAttribute('data-table-name') || 'Tabell';
  }

  function fit(box) {
    var scrolls = box.scrollWidth > box.clientWidth + 1;
    box.classList.toggle('table-box--scrolls', scrolls);
    if (scrolls) {
      box.setAttribute('tabindex', '0');
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', name(box.querySelector('table')));
    } else {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
    }
  }

  // a box is fitted again whenever it or its table changes size: the window, a zoom, a folded section opened (details)
  var observer = window.ResizeObserver ? new ResizeObserver(function (entries) {
    entries.forEach(function (e) {
      var box = e.target.classList.contains('table-box') ? e.target : e.target.parentElement;
      if (box && box.classList.contains('table-box')) { fit(box); }
    });
  }) : null;

  function wrap(root) {
    Array.prototype.forEach.call(root.querySelectorAll('main table'), function (table) {
      if (table.closest('.table-scroll, .table-box') || table.parentElement.closest('table')) { return; }
      var box = document.createElement('div');
      box.className = 'table-box';
      table.parentNode.insertBefore(box, table);
      box.appendChild(table);
      // a grid or flex item holding the box would otherwise grow to the table's width and widen the page with it
      for (var el = box; el && el.tagName !== 'MAIN'; el = el.parentElement) {
        var parent = el.parentElement && getComputedStyle(el.parentElement).display;
        if (parent && /grid|flex/.test(parent)) { el.style.minWidth = '0'; }
      }
      fit(box);
      if (observer) { observer.observe(box); observer.observe(table); }
    });
  }

  document.addEventListener('htmx:load', function (e) { wrap(e.detail.elt.parentElement || document); });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { wrap(document); });
  } else {
    wrap(document);
  }
})();
