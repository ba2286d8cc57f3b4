// Tiny DOM builder. All text from the API goes through text nodes (never innerHTML), so a quote or a title
// containing markup is shown as text, not run.

/**
 * el('div', {class: 'x', dataset: {id: 1}, onclick: fn}, 'text', otherNode, [more, children])
 * Attributes with null/undefined/false values are skipped; children that are strings become text nodes.
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'style' && typeof value === 'object') {
      for (const [prop, v] of Object.entries(value)) {
        if (prop.startsWith('--')) node.style.setProperty(prop, v);
        else node.style[prop] = v;
      }
    }
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (value === true) node.setAttribute(key, '');
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** SVG markup we generate ourselves (symbols), parsed into a node. Never call with API text. */
export function svgNode(markup) {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  return template.content.firstElementChild;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function parseIso(iso) {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * "2022-09-08" -> "Thu 8 Sep 2022". Fixed English names rather than toLocaleDateString, whose output varies
 * between browsers ("Sep"/"Sept"); UTC, so the day never shifts with the viewer's time zone.
 */
export function formatDate(iso, { weekday = true } = {}) {
  const d = parseIso(iso);
  if (!d) return iso || '';
  const text = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return weekday ? `${WEEKDAYS[d.getUTCDay()]} ${text}` : text;
}

/** A claim date shown with its precision: "8 Sep 2022", "Mar 2022" (month), "week of 7 Sep 2022". */
export function formatClaimDate(iso, precision) {
  const d = parseIso(iso);
  if (!d) return iso || '';
  switch (String(precision || 'day').toLowerCase()) {
    case 'month':
      return `${MONTHS_LONG[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    case 'year':
      return String(d.getUTCFullYear());
    case 'week':
      return `week of ${formatDate(iso, { weekday: false })}`;
    default:
      return formatDate(iso, { weekday: false });
  }
}
