import nunjucks from 'nunjucks';

// `{% keep answer, a, b %}…{% endkeep %}`: the part of a page worked out from a kept answer (a
// plan, the desk-top review, a landscape: access/keptReads.ts) is rendered once for each set of
// the other values named and kept with that answer. A kept answer is frozen and replaced, never
// changed, when its data changes, so the answer itself is the version: a new one renders afresh
// and the old one's HTML goes with it. What is not frozen is rendered every time. Whatever else the
// part shows must be named after the answer: only the answer and those values make the key.

/** The parts of Nunjucks' undocumented parser API the tag uses. */
type Parser = {
  nextToken(): { value: string; lineno: number; colno: number };
  parseSignature(throwErrors: null, noParens: boolean): { children: unknown[] };
  advanceAfterBlockEnd(name?: string): void;
  parseUntilBlocks(...names: string[]): unknown;
};
type Nodes = {
  CallExtension: new (extension: object, method: string, args: unknown, body: unknown[]) => unknown;
  Literal: new (lineno: number, colno: number, value: string) => unknown;
};

/**
 * The most renderings kept for one answer (its sort orders, filters, flags): past it they are
 * forgotten and begin again, so however an address is varied the HTML kept stays small.
 */
const variantsPerAnswer = 8;

export class KeepTag implements nunjucks.Extension {
  tags = ['keep'];
  private readonly rendered = new WeakMap<object, Map<string, string>>();
  private tagsParsed = 0;

  parse(parser: Parser, nodes: Nodes): unknown {
    const token = parser.nextToken();
    const args = parser.parseSignature(null, true);
    // Each tag in each template keeps its own renderings: its number is the key's first part.
    this.tagsParsed += 1;
    args.children.unshift(new nodes.Literal(token.lineno, token.colno, String(this.tagsParsed)));
    parser.advanceAfterBlockEnd(token.value);
    const body = parser.parseUntilBlocks('endkeep');
    parser.advanceAfterBlockEnd();
    return new nodes.CallExtension(this, 'run', args, [body]);
  }

  run(_context: unknown, ...given: unknown[]): nunjucks.runtime.SafeString {
    const body = given.pop() as () => string;
    const [tag, answer, ...values] = given;
    if (typeof answer !== 'object' || answer === null || !Object.isFrozen(answer)) {
      return new nunjucks.runtime.SafeString(body());
    }
    const key = JSON.stringify([tag, ...values]);
    const variants = this.rendered.get(answer) ?? new Map<string, string>();
    this.rendered.set(answer, variants);
    let html = variants.get(key);
    if (html === undefined) {
      html = body();
      if (variants.size >= variantsPerAnswer) variants.clear();
      variants.set(key, html);
    }
    return new nunjucks.runtime.SafeString(html);
  }
}
