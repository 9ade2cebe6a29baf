// A strict XML 1.0 well-formedness check for tests (no DTDs, no CDATA, which our exports never write): balanced
// tags, quoted unique attributes, only the five predefined entities or character references, nothing raw.
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = /^[A-Za-z_][\w.-]*/;

function decode(s: string, where: number): string {
  if (/[<]/.test(s)) throw new Error(`raw «<» at ${where}`);
  return s.replace(/&([^;]*);|&/g, (m, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare «&» at ${where}`);
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (ref in named) return named[ref]!;
    const num = /^#(x[0-9a-fA-F]+|\d+)$/.exec(ref);
    if (!num) throw new Error(`unknown entity «&${ref};» at ${where}`);
    return String.fromCodePoint(num[1]!.startsWith("x") ? parseInt(num[1]!.slice(1), 16) : Number(num[1]));
  });
}

export function parseXml(xml: string): XmlElement {
  let i = 0;
  const s = xml.replace(/^\uFEFF/, "");
  if (s.startsWith("<?xml")) i = s.indexOf("?>") + 2;
  const root: XmlElement = { name: "#document", attrs: {}, children: [] };
  const stack = [root];
  while (i < s.length) {
    const lt = s.indexOf("<", i);
    const text = s.slice(i, lt < 0 ? s.length : lt);
    if (text) {
      if (stack.length === 1 && text.trim()) throw new Error(`text outside the root at ${i}`);
      stack.at(-1)!.children.push(decode(text, i));
    }
    if (lt < 0) break;
    const gt = s.indexOf(">", lt);
    if (gt < 0) throw new Error(`unclosed tag at ${lt}`);
    const tag = s.slice(lt + 1, gt);
    if (tag.startsWith("/")) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name}> at ${lt}`);
    } else {
      const selfClosing = tag.endsWith("/");
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const name = NAME.exec(body)?.[0];
      if (!name) throw new Error(`bad tag name at ${lt}`);
      const el: XmlElement = { name, attrs: {}, children: [] };
      let rest = body.slice(name.length);
      const attr = /^\s+([A-Za-z_][\w.:-]*)="([^"<]*)"/;
      for (let m = attr.exec(rest); m; m = attr.exec(rest)) {
        if (m[1]! in el.attrs) throw new Error(`duplicate attribute ${m[1]} at ${lt}`);
        el.attrs[m[1]!] = decode(m[2]!, lt);
        rest = rest.slice(m[0].length);
      }
      if (rest.trim()) throw new Error(`malformed attributes «${rest}» at ${lt}`);
      if (stack.length === 1 && root.children.some((c) => typeof c !== "string")) throw new Error("two root elements");
      stack.at(-1)!.children.push(el);
      if (!selfClosing) stack.push(el);
    }
    i = gt + 1;
  }
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)!.name}> never closed`);
  const top = root.children.find((c): c is XmlElement => typeof c !== "string");
  if (!top) throw new Error("no root element");
  return top;
}

export function textOf(el: XmlElement | string): string {
  return typeof el === "string" ? el : el.children.map(textOf).join("");
}

export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.name === name) out.push(c);
    out.push(...findAll(c, name));
  }
  return out;
}
