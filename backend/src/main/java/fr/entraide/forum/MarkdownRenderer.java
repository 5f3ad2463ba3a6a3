package fr.entraide.forum;

import jakarta.enterprise.context.ApplicationScoped;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown as members write it (GFM tables, autolinks, strikethrough) to HTML that is safe to show: raw HTML in the
 * source is escaped by the renderer, and the result goes through an allow-list sanitiser all the same, so no script,
 * event handler or javascript: URL survives; links get rel="nofollow ugc noopener". Images are shown only from our
 * own files ({@code /api/v1/files/…}); one from another host would tell it who reads the page and when (a tracking
 * pixel), so it becomes a plain link named by its alt text. An @username of a known member becomes a link to their
 * page ({@code /members/{id}}), marked {@code class="mention"}.
 */
@ApplicationScoped
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create());

    /** Our own uploaded files, by a relative path: the only images shown inline. */
    private static final Pattern OWN_FILE = Pattern.compile("/api/v1/files/[A-Za-z0-9._~%-]+(/[A-Za-z0-9._~%-]+)*");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "strong", "em", "del", "s", "code", "pre", "blockquote",
                    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                    "table", "thead", "tbody", "tr", "th", "td", "a", "img")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("class").matching(Pattern.compile("mention")).onElements("a")
            .allowAttributes("src").matching(OWN_FILE).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,30}")).onElements("code")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(ImageRenderer::new)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (isMention(node)) {
                    attributes.put("class", "mention");
                }
            })
            .build();

    public String toHtml(String markdown) {
        return toHtml(markdown, Map.of());
    }

    /**
     * As {@link #toHtml(String)}, with each @username found in {@code members} (lower-case username → user id) a link
     * to that member's page; other @words stay text. Mentions inside code or an existing link are left alone.
     */
    public String toHtml(String markdown, Map<String, Long> members) {
        Node document = parser.parse(markdown);
        if (!members.isEmpty()) {
            document.accept(new MentionLinker(members));
        }
        return POLICY.sanitize(renderer.render(document));
    }

    private static boolean isMention(Node node) {
        return node instanceof Link link && link.getDestination().startsWith("/members/")
                && link.getFirstChild() instanceof Text text && text.getLiteral().startsWith("@");
    }

    /** Splits text nodes around the mentions of known members, each mention becoming a link. */
    private static final class MentionLinker extends AbstractVisitor {

        private final Map<String, Long> members;

        MentionLinker(Map<String, Long> members) {
            this.members = members;
        }

        @Override
        public void visit(Link link) {
            // a mention inside a link stays the link's text
        }

        @Override
        public void visit(Text text) {
            String literal = text.getLiteral();
            Matcher matcher = Posts.MENTION.matcher(literal);
            int done = 0;
            while (matcher.find()) {
                String name = Posts.mentionedName(matcher.group(1));
                Long id = members.get(name.toLowerCase());
                if (id == null) {
                    continue;
                }
                if (matcher.start() > done) {
                    text.insertBefore(new Text(literal.substring(done, matcher.start())));
                }
                Link mention = new Link("/members/" + id, null);
                mention.appendChild(new Text("@" + name));
                text.insertBefore(mention);
                done = matcher.start() + 1 + name.length();
            }
            if (done == 0) {
                return;
            }
            if (done < literal.length()) {
                text.insertBefore(new Text(literal.substring(done)));
            }
            text.unlink();
        }
    }

    /** An image from our own files as {@code <img>}; any other as a link to it, named by its alt text. */
    private static final class ImageRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        ImageRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            Image image = (Image) node;
            String destination = image.getDestination();
            String alt = altText(image);
            HtmlWriter html = context.getWriter();
            Map<String, String> attributes = new LinkedHashMap<>();
            if (OWN_FILE.matcher(destination).matches()) {
                attributes.put("src", context.encodeUrl(destination));
                attributes.put("alt", alt);
                if (image.getTitle() != null) {
                    attributes.put("title", image.getTitle());
                }
                html.tag("img", attributes, true);
                return;
            }
            attributes.put("href", context.encodeUrl(context.urlSanitizer().sanitizeLinkUrl(destination)));
            html.tag("a", attributes);
            html.text(alt.isBlank() ? destination : alt);
            html.tag("/a");
        }

        private static String altText(Image image) {
            StringBuilder text = new StringBuilder();
            image.accept(new AbstractVisitor() {
                @Override
                public void visit(Text node) {
                    text.append(node.getLiteral());
                }

                @Override
                public void visit(Code node) {
                    text.append(node.getLiteral());
                }

                @Override
                public void visit(SoftLineBreak node) {
                    text.append(' ');
                }

                @Override
                public void visit(HardLineBreak node) {
                    text.append(' ');
                }
            });
            return text.toString();
        }
    }
}
