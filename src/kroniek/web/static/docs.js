/* OpenAPI documentation of the kroniek REST API, served offline (no CDN). */
window.ui = SwaggerUIBundle({
  url: "openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  layout: "BaseLayout"
});
