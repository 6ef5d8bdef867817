import path from 'node:path';
import { createRequire } from 'node:module';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyView from '@fastify/view';
import nunjucks from 'nunjucks';
import type { Config } from '../../kernel/config.ts';
import { breadcrumbsFor, navigationFor, type Crumb } from '../navigation.ts';
import { formatCount, formatDate, formatDateTime } from '../../kernel/format.ts';
import { formatFigure } from '../../performance/compare/numbers.ts';
import { academicYearLabel } from '../../performance/periods.ts';
import { categoryTag } from '../../concern/categoryTag.ts';
import { roleTitles, type Role } from '../../access/roles.ts';
import { fromRoot } from '../../kernel/paths.ts';
import { sendPrinted } from './printing.ts';
import { KeepTag } from './keepTag.ts';
import { shellContext, type ShellOptions } from './shell.ts';

const require = createRequire(import.meta.url);
const sourceRoot = fromRoot('src');
const govukRoot = path.dirname(require.resolve('govuk-frontend/package.json'));

export type { ShellOptions };

declare module 'fastify' {
  interface FastifyReply {
    /** Renders a page inside the app shell with the context every page needs. */
    page(template: string, context?: Record<string, unknown>): FastifyReply;
  }
}

/** The filters and tags every template may use, in the app and wherever else templates are rendered. */
function addFilters(environment: nunjucks.Environment): void {
  // Nunjucks' own trim is a regular expression (/^\s*|\s*$/g) whose time grows with the square of
  // each run of spaces; GOV.UK Frontend's macros trim every component's indented HTML, so it took a
  // tenth of the server's time. String.prototype.trim removes the same characters in one pass, and
  // marked-safe HTML stays marked safe.
  environment.addFilter('trim', (value: unknown) => {
    const trimmed = String(value).trim();
    return value instanceof nunjucks.runtime.SafeString ? new nunjucks.runtime.SafeString(trimmed) : trimmed;
  });
  environment.addFilter('date', formatDate);
  environment.addFilter('dateTime', formatDateTime);
  environment.addFilter('numberFormat', formatCount);
  environment.addFilter('academicYear', academicYearLabel);
  environment.addFilter('figure', (value: number | null, decimalPlaces: number) =>
    formatFigure(value, decimalPlaces),
  );
  environment.addFilter('categoryTag', categoryTag);
  environment.addFilter('roleTitle', (role: string) => roleTitles[role as Role]);
  environment.addExtension('keep', new KeepTag());
}

/**
 * Template source without each line's leading indentation. Templates and GOV.UK Frontend's macros
 * are indented for their readers; a browser ignores the indentation, which was a quarter to a half
 * of every page sent. What a page shows inside <pre> or a <textarea> comes from its data, never
 * from template text, so nothing shown changes.
 */
export const compactSource = (source: string): string => source.replace(/\n[ \t]+/g, '\n');

type SourceLoader = { getSource(name: string): nunjucks.LoaderSource | null };

/** Has every loader of the environment give its templates' source compacted (compactSource). */
function compactTemplates(environment: nunjucks.Environment): void {
  // Nunjucks' types do not declare the loaders an environment holds.
  const { loaders } = environment as unknown as { loaders: SourceLoader[] };
  for (const loader of loaders) {
    const read = loader.getSource.bind(loader);
    loader.getSource = (name) => {
      const found = read(name);
      return found && { ...found, src: compactSource(found.src) };
    };
  }
}

/**
 * Renders a template outside a request, as the app would: the demonstration freezes seed 001's
 * board paper with it before any server is started.
 */
export function renderTemplate(template: string, context: Record<string, unknown>): Promise<string> {
  return Promise.resolve(templateEnvironment().render(template, context));
}

/** The templates' environment as the app configures it: its loaders, escaping and filters. */
export function templateEnvironment(): nunjucks.Environment {
  const environment = new nunjucks.Environment(
    new nunjucks.FileSystemLoader([sourceRoot, path.join(govukRoot, 'dist')]),
    { autoescape: true },
  );
  addFilters(environment);
  compactTemplates(environment);
  return environment;
}

/** The steps a page names between its menu item and itself, when it names any. */
function trailOf(context: Record<string, unknown>): Crumb[] {
  const trail: unknown = context.trail;
  const isCrumb = (step: unknown): step is Crumb =>
    typeof step === 'object' &&
    step !== null &&
    'text' in step &&
    'href' in step &&
    typeof step.text === 'string' &&
    typeof step.href === 'string';
  return Array.isArray(trail) ? trail.filter(isCrumb) : [];
}

export async function registerViews(
  app: FastifyInstance,
  config: Config,
  shell: ShellOptions,
): Promise<void> {
  await app.register(fastifyView, {
    engine: { nunjucks },
    templates: [sourceRoot, path.join(govukRoot, 'dist')],
    options: {
      autoescape: true,
      noCache: config.environment === 'development',
      onConfigure: (environment: nunjucks.Environment) => {
        addFilters(environment);
        compactTemplates(environment);
      },
    },
  });

  // The pages that can also be had as a PDF, at their own address with .pdf added.
  const printableUrls = new Set<string>();
  app.addHook('onRoute', (route) => {
    if (route.config?.print === true) printableUrls.add(route.url.replace(/\.pdf$/, ''));
  });
  const pdfHref = (request: FastifyRequest): string | undefined => {
    if (!printableUrls.has(request.routeOptions.url ?? '')) return undefined;
    const [pathname = '', search] = request.url.split('?');
    return `${pathname}.pdf${search === undefined ? '' : `?${search}`}`;
  };

  app.decorateReply(
    'page',
    function (this: FastifyReply, template: string, context: Record<string, unknown> = {}) {
      const request = this.request;
      // A report's .pdf address prints the page; an error on the way is still shown as a page.
      if (request.routeOptions.config.print === true && this.statusCode < 300) {
        return sendPrinted(this, app, template, context);
      }
      const hasSession = typeof request.session === 'object';
      const path = request.url.split('?')[0] ?? '/';
      return this.view(template, {
        ...shellContext(config, shell),
        actor: request.actor,
        unreadNotifications: request.unreadNotifications,
        navigation: navigationFor(request.actor, path),
        breadcrumbs: breadcrumbsFor(request.actor, path, trailOf(context)),
        csrfToken: hasSession ? this.generateCsrf() : undefined,
        cspNonce: this.cspNonce.script,
        currentUrl: request.url,
        pdfHref: this.statusCode < 300 ? pdfHref(request) : undefined,
        ...context,
      });
    },
  );
}
