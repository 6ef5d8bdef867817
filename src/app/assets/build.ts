import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';

// Builds public/: the council-branded stylesheet and the front-end scripts the pages load.
const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const out = path.join(root, 'public');
const govukDist = path.join(path.dirname(require.resolve('govuk-frontend/package.json')), 'dist', 'govuk');

fs.mkdirSync(out, { recursive: true });
const css = sass.compile(path.join(here, 'beacon.scss'), {
  loadPaths: [path.join(root, 'node_modules')],
  style: 'compressed',
  quietDeps: true,
  silenceDeprecations: ['import'],
});
fs.writeFileSync(path.join(out, 'beacon.css'), css.css);
fs.copyFileSync(path.join(govukDist, 'govuk-frontend.min.js'), path.join(out, 'govuk-frontend.min.js'));
fs.copyFileSync(path.join(here, 'beacon.js'), path.join(out, 'beacon.js'));
fs.copyFileSync(path.join(here, 'beacon-icon.svg'), path.join(out, 'beacon-icon.svg'));
// The API's human page: Swagger UI, served from Beacon's own assets, never from another site.
const swaggerUi = path.dirname(require.resolve('swagger-ui-dist/package.json'));
fs.mkdirSync(path.join(out, 'api-docs'), { recursive: true });
for (const file of ['swagger-ui-bundle.js', 'swagger-ui.css'])
  fs.copyFileSync(path.join(swaggerUi, file), path.join(out, 'api-docs', file));
fs.copyFileSync(path.join(here, 'api-docs.js'), path.join(out, 'api-docs', 'api-docs.js'));
console.log(`Built assets in ${path.relative(process.cwd(), out) || '.'}`);
