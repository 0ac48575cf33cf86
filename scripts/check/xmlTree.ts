// A small position-keeping XML reader for metadata files that already passed the well-formedness
// check: elements with their children, text and source line/column (fast-xml-parser drops positions).
import { lineAndColumn } from './projectFiles.ts';

export interface XmlElement {
  name: string;
  children: XmlElement[];
  /** Concatenated text content (entities decoded, CDATA kept as is), trimmed. */
  text: string;
  line: number;
  column: number;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

/** Parses a document and returns its root element (throws on input it cannot read). */
export function parseXmlTree(xml: string): XmlElement {
  const stack: { element: XmlElement; text: string[] }[] = [];
  let root: XmlElement | undefined;
  const token =
    /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<\/\s*([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(xml)) !== null) {
    const [whole = '', cdata, closeName, openName, , selfClose, text] = match as (string | undefined)[];
    const top = stack.at(-1);
    if (cdata !== undefined) {
      top?.text.push(cdata);
    } else if (text !== undefined) {
      top?.text.push(decode(text));
    } else if (openName !== undefined) {
      const { line, column } = lineAndColumn(xml, match.index);
      const element: XmlElement = { name: openName, children: [], text: '', line, column };
      if (top) top.element.children.push(element);
      else root ??= element;
      if (selfClose !== '/') stack.push({ element, text: [] });
    } else if (closeName !== undefined) {
      const closed = stack.pop();
      if (closed?.element.name !== closeName) throw new Error(`unbalanced </${closeName}>`);
      closed.element.text = closed.text.join('').trim();
    } else if (whole.startsWith('<') && !/^<(!--|\?|!DOCTYPE)/.test(whole)) {
      throw new Error(`cannot read markup ${whole.slice(0, 40)}`);
    }
  }
  if (!root) throw new Error('no root element');
  return root;
}

/** Direct children named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** Text of the first direct child named `name`, or undefined. */
export function childText(element: XmlElement, name: string): string | undefined {
  return element.children.find((child) => child.name === name)?.text;
}
