import Handlebars from 'handlebars';

export interface TemplateFiles {
  text: string;
  html: string | null;
}

export interface TemplateSet {
  templates: Record<string, TemplateFiles>;
  partials: Record<string, string>;
}

export interface RenderedMail {
  text: string;
  html: string | null;
}

/**
 * Renders a template with its variables. Text is rendered without HTML escaping; HTML escapes every
 * value, so nothing a requester wrote can become markup in a reply.
 */
export function createRenderer(set: TemplateSet): (templateId: string, vars: Record<string, unknown>) => RenderedMail {
  const textEngine = Handlebars.create();
  const htmlEngine = Handlebars.create();
  for (const [name, source] of Object.entries(set.partials)) {
    if (name.endsWith('.html')) htmlEngine.registerPartial(name.slice(0, -'.html'.length), source);
    else textEngine.registerPartial(name.replace(/\.text$/, ''), source);
  }
  const compiled = new Map<string, { text: HandlebarsTemplateDelegate; html: HandlebarsTemplateDelegate | null }>();
  for (const [id, files] of Object.entries(set.templates)) {
    compiled.set(id, {
      text: textEngine.compile(files.text, { noEscape: true, strict: true }),
      html: files.html === null ? null : htmlEngine.compile(files.html, { strict: true }),
    });
  }
  return (templateId, vars) => {
    const template = compiled.get(templateId);
    if (!template) throw new Error(`no template "${templateId}"`);
    return { text: template.text(vars).replace(/\n{3,}/g, '\n\n').trim() + '\n', html: template.html ? template.html(vars) : null };
  };
}
