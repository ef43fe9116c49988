import ReactMarkdown from "react-markdown";

// Text an employer wrote: react-markdown renders no raw HTML, and only these elements at all.
const ALLOWED = ["p", "br", "strong", "em", "ul", "ol", "li", "h2", "h3", "h4", "blockquote", "code", "a", "hr"];

export function Markdown({ children }: { children: string }) {
  return (
    <div className="space-y-3 text-slate-800 [&_a]:text-brand-700 [&_a]:underline [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc">
      <ReactMarkdown
        allowedElements={ALLOWED}
        unwrapDisallowed
        components={{ a: ({ href, children: text }) => <a href={href} rel="nofollow noopener noreferrer" target="_blank">{text}</a> }}
        urlTransform={(url) => (/^(https?:|mailto:)/i.test(url) ? url : "")}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
