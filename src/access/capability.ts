import type { NotificationKind } from './notifications/notify.ts';
import type { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../kernel/config.ts';
import type { ImportSummary, Progress } from '../kernel/importFiles.ts';
import type { Services } from '../kernel/services.ts';
import type { DatabaseHandle } from '../db/client.ts';
import type { Actor } from './actor.ts';
import type { Permission, PermissionSet } from './permissions.ts';

// What a capability brings to Beacon, declared once in its module.ts. The composition root (src/app
// for the web app and API, src/cli for the command line) builds everything from one ordered list of
// these modules (src/app/modules.ts); nothing else is wired by hand.

/** One kind of file an administrator can upload or import at the command line. */
export type ImportKind = {
  key: string;
  title: string;
  hint: string;
  accept: string;
  /** Extra form fields this kind needs, beyond the file. */
  fields: readonly ('set' | 'period' | 'mapping' | 'plan')[];
  /** The columns a file of this kind always has: how a file chosen as the wrong kind is recognised. */
  columns?: readonly string[];
  /** Recognises a file of this kind by its header when having `columns` is not enough to say. */
  recognises?(header: readonly string[]): boolean;
  run(
    services: Services,
    actor: Actor,
    file: string,
    fields: { set?: string; period?: number; mapping?: string; plan?: number },
    progress?: Progress,
  ): Promise<ImportSummary>;
};

/**
 * What a board paper that is one of Beacon's own reports names: which LA and year, which plan, and
 * the dates a report covers (a report "since the last meeting" names both ends, so that the paper
 * reads the same whichever day it is opened).
 */
export type PaperParams = {
  laCode?: string;
  period?: number;
  planId?: number;
  from?: string;
  to?: string;
  /** A programme of support, for its impact report; an academic year by its first year (2016 for 2016/17). */
  programmeId?: number;
  academicYear?: number;
};

/**
 * One of a capability's reports that a board can take as a paper (SPEC C5): the page it renders, so
 * that publishing the papers can freeze it as the board saw it.
 */
export type PaperKind = {
  key: string;
  title: string;
  fields: readonly (keyof PaperParams)[];
  /** The permission a person needs to attach it (as for reading the report itself). */
  permission: Permission;
  build(
    services: Services,
    params: PaperParams,
  ): Promise<{
    title: string;
    /** The report's body, without the page around it. */
    template: string;
    context: Record<string, unknown>;
    /** Where the live report is read. */
    liveUrl: string;
  }>;
};

/** One thing a person should look at, on the home page: what, how many, by when, and where. */
export type AttentionItem = {
  text: string;
  count: number;
  href: string;
  date?: string | null;
  /** A fact to keep an eye on rather than a thing to do: shown under "The data Beacon holds". */
  standing?: boolean;
};

/**
 * What a capability puts on a person's home page (what needs their attention), for the people who
 * hold its permission; each capability reads its own tables, so a new one adds its own.
 */
export type AttentionSource = {
  permission: Permission;
  /** `council` is the deployment's own LA, whose schools its officers look after. */
  items(
    services: Services,
    actor: Actor,
    today: string,
    council: { laCode: string },
  ): Promise<AttentionItem[]>;
};

export type DailyWork = { job: string; run(services: Services, day: string): Promise<number> };

/** What every capability's routes receive besides the services: what the whole list declares. */
export type Composition = {
  readonly importKinds: readonly ImportKind[];
  readonly paperKinds: readonly PaperKind[];
  readonly attentionSources: readonly AttentionSource[];
};

/** A plugin of pages or API routes; API routes are registered under /api/v1. */
export type RoutesFactory = (
  services: Services,
  config: Config,
  composition: Composition,
) => (app: FastifyInstance) => Promise<void>;

/** A link in the service navigation, shown to the roles holding its permission. */
export type NavigationItem = {
  text: string;
  href: string;
  permission: Permission;
  /** The service's own pages come first, then administration. */
  section: 'service' | 'administration';
};

export type CliContext = {
  config: Config;
  services: Services;
  actor: Actor;
  /** Prints a page, as the web app renders it for its .pdf address, to a PDF. */
  printPage: (template: string, context: Record<string, unknown>) => Promise<Buffer>;
  /** Renders a template to HTML, as the web app does (a board paper's body). */
  renderView: (template: string, context: Record<string, unknown>) => Promise<string>;
  /** What the whole list of modules declares: the kinds of board paper, among others. */
  composition: Composition;
  close(): Promise<void>;
};

/** Opens the database, checks the permission for the account named by --as, runs, and closes. */
export type CliRunner = <T>(
  command: string,
  permission: Permission,
  asEmail: string | undefined,
  body: (context: CliContext) => Promise<T>,
) => Promise<T>;

/** Where a capability adds its commands: top-level, under `beacon import`, under `beacon report`. */
export type CliCommands = {
  program: Command;
  importCommand: Command;
  reportCommand: Command;
  run: CliRunner;
};

/**
 * A part of a module loaded when it is first needed: module.ts files import only what declaring the
 * module takes, so `beacon --help` or `beacon users list` never loads the web framework's routes.
 */
export type Lazy<T> = () => Promise<T>;

export type CapabilityModule<Built extends object = object> = {
  /** In the council's words, as docs/permissions.md prints it. */
  name: string;
  permissions: PermissionSet;
  /** Built in list order: `built` holds the services of the modules before this one. */
  services?(database: DatabaseHandle, built: Services): Promise<Built>;
  routes?: readonly Lazy<RoutesFactory>[];
  api?: readonly Lazy<RoutesFactory>[];
  navigation?: readonly NavigationItem[];
  importKinds?: readonly ImportKind[];
  paperKinds?: readonly PaperKind[];
  attention?: readonly AttentionSource[];
  /** The kinds of event it tells people of (notify()), for each person to choose how they hear. */
  notificationKinds?: readonly NotificationKind[];
  /** Work done once a day per deployment (reminders): returns how many people it told. */
  dailyWork?: readonly DailyWork[];
  cli?(commands: CliCommands): void;
};

/** Declares a module, keeping the type of the services it builds for the composition's check. */
export function defineModule<Built extends object = object>(
  module: CapabilityModule<Built>,
): CapabilityModule<Built> {
  return module;
}
