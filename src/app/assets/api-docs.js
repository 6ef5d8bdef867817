// Renders Beacon's OpenAPI document on /api/docs with Swagger UI, from Beacon's own assets. No
// validator badge (it would ask another site), and "try it out" only for reading.

// The page has its own heading, introduction and main landmark. Swagger UI's standard layout adds
// a second title block and a second <main>, so a screen reader would meet two of each: this layout
// shows only the operations (and any error in reading the document).
const beaconLayout = (system) => ({
  components: {
    BeaconLayout: () => {
      const h = system.React.createElement;
      const Errors = system.getComponent('errors', true);
      const Operations = system.getComponent('operations', true);
      return h('div', { className: 'swagger-ui' }, h(Errors), h('div', { id: 'operations' }, h(Operations)));
    },
  },
});

window.SwaggerUIBundle({
  url: '/api/v1/openapi.json',
  dom_id: '#api-reference',
  validatorUrl: null,
  deepLinking: false,
  docExpansion: 'none',
  supportedSubmitMethods: ['get'],
  plugins: [beaconLayout],
  layout: 'BeaconLayout',
});
