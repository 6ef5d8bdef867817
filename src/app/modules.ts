import { accessModule } from '../access/module.ts';
import { schoolsModule } from '../schools/module.ts';
import { importsModule } from '../imports/module.ts';
import { performanceModule } from '../performance/module.ts';
import { concernModule } from '../concern/module.ts';
import { plansModule } from '../plans/module.ts';
import { reportsModule } from '../reports/module.ts';
import { governanceModule } from '../governance/module.ts';
import { supportModule } from '../support/module.ts';
import { collectionModule } from '../collection/module.ts';

/**
 * Every capability, in order: the app, the API and its OpenAPI document, the navigation, the upload
 * page, the CLI and the role → permission table are all built from this list. Services are built
 * in this order (plans read results and schools); navigation follows it within each section, so
 * accounts and the audit log close the administration items.
 * Adding a capability is adding its folder and one line here.
 */
export const capabilityModules = [
  schoolsModule,
  importsModule,
  performanceModule,
  concernModule,
  plansModule,
  reportsModule,
  governanceModule,
  supportModule,
  collectionModule,
  accessModule,
] as const;

export const importKinds = capabilityModules.flatMap((module) => module.importKinds ?? []);

export const paperKinds = capabilityModules.flatMap((module) => module.paperKinds ?? []);

export const attentionSources = capabilityModules.flatMap((module) => module.attention ?? []);

export const notificationKinds = capabilityModules.flatMap((module) => module.notificationKinds ?? []);

export const dailyWork = capabilityModules.flatMap((module) => module.dailyWork ?? []);
