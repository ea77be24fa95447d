package dev.retrace.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops lines that are page chrome, not article content: "Comments", "Share on Facebook", "Advertisement",
 * copyright notices and the like, which copy-pasted or scraped articles carry along and which would otherwise
 * be compared as if they were sentences of the story.
 *
 * <p>A line counts as chrome only when it is short (at most {@value #MAX_CHROME_WORDS} words), is not a finished
 * sentence and consists of the vocabulary of page furniture. Short content lines such as subheadings do not use
 * that vocabulary and are kept. A few notices (copyright, cookie consent, "click here") are recognised by how
 * they start even when they are longer sentences, because no article text starts that way.
 */
public final class BoilerplateFilter {

    static final int MAX_CHROME_WORDS = 8;
    /** Upper bound for a picture caption followed by its credit, such as "Soldiers in Kyiv. Photo: AFP". */
    private static final int MAX_CAPTION_WORDS = 20;
    /** Upper bound for the notices of {@link #NOTICE}: a real paragraph beginning with such words is longer. */
    private static final int MAX_NOTICE_WORDS = 40;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Whole-line furniture of a short, unfinished line. Each alternative is anchored to the entire line. */
    private static final Pattern CHROME = Pattern.compile("^(?:"
            // comments and discussion widgets
            + "(?:\\d+ |no |view |show |hide |load |see |read |open |close |add |post |leave |write |submit |join )?"
            + "(?:(?:a|the|your|all|\\d+|more|new|our) )?(?:comments?|replies|reply|discussion|conversation)"
            + "(?: \\(\\d+\\))?(?: on this (?:article|story|post|page))?"
            + "|comments? (?:are|is) (?:closed|disabled|open)"
            // sharing
            + "|share(?: this| the)?(?: article| story| page| post| link| on| via|\\s*:)*"
            + "(?: (?:facebook|twitter|x|linkedin|whatsapp|e-?mail|reddit|pinterest|telegram|messenger|bluesky|threads))*"
            + "|(?:(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|reddit|pinterest|telegram|messenger|bluesky|threads"
            + "|tweet|print|copy link|copy|flipboard|share)[ ,|/]*)+"
            + "|(?:send|e-?mail) (?:this|the) (?:page|article|story|link)\\b.*"
            // links to other stories
            + "|(?:read|see|watch|listen)(?: more| also| next| now)\\b.*|also read\\b.*|read (?:the )?full (?:article|story)"
            + "|(?:start|view|open) (?:the )?(?:slideshow|gallery)|have your say"
            + "|(?:more|most) (?:on this story|stories|from|read|popular|viewed|shared)\\b.*"
            + "|related(?: articles?| stories| story| content| topics?| links?| posts?| coverage| news| reading"
            + "| videos?| searches)?"
            + "|(?:recommended|trending|top stories|you (?:may|might) (?:also )?like|don't miss|editor's picks)(?: for you)?"
            + "|(?:next|previous) (?:article|story|post|page)|next|previous|back to top|continue reading"
            // advertising
            + "|advertisements?|advertising|sponsored(?: content| links?)?|ad|promoted(?: content)?"
            + "|(?:story|article|content) continues (?:below|after)(?: the)?(?: advertisement| ad)?"
            // subscriptions and accounts
            + "|newsletters?(?: sign-?up)?|.*\\b(?:our|free|daily|weekly|morning|evening|e-?mail) newsletters?\\b.*"
            + "|(?:get|join|sign up (?:for|to)|subscribe to)\\b.*\\bnewsletters?\\b.*"
            + "|subscribe\\b.*|(?:sign|log) (?:up|in|out)\\b.*|log ?in|register|my account"
            + "|follow (?:us|me)\\b.*|follow .* on (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|bluesky|threads)"
            + "|follow @\\S+"
            // cookies
            + "|cookies?|cookie (?:policy|settings|preferences|consent|notice)|(?:accept|reject|allow|manage)(?: all)? cookies\\b.*"
            // site navigation
            + "|skip to (?:main )?(?:content|navigation|main)|skip navigation|jump to\\b.*|menu|open menu|close menu"
            + "|toggle navigation|search|home|close|print|e-?mail|save(?: article| story)?|bookmark|listen(?: to this article)?"
            + "|click here\\b.*|tap here\\b.*|loading\\.*"
            // credits, bylines and labels
            + "|(?:image|photo|photograph|picture|video|watch|graphic|illustration|caption|credit|source)s?"
            + "(?: credit)?\\s*:.*"
            + "|(?:(?:additional )?reporting|writing|editing|edited|compiled) by\\b.*"
            + "|with (?:files|reporting) from\\b.*"
            // only when a date follows ("Updated 3 hours ago", "Published: Fri, Nov 29"), so "Updated guidance" stays
            + "|(?:published|updated|posted|last updated|last modified|first published)(?: on| at)?\\s*:?\\s*"
            + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,? )?"
            + "(?:\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d|yesterday|today|just now).*"
            + "|posted by\\b.*|(?:tags|topics|categories|keywords)\\s*:.*|filed under\\b.*"
            + ")$", FLAGS);

    /** Picture credits end with the name of a photo agency, e.g. "Soldiers in Kyiv. Photo: AFP via Getty Images". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?:^|/\\s*|\\bvia |\\bby |\\bcredit:? |\\bphoto:? |\\()"
                    + "(?:getty images|afp|ap(?: photo)?|reuters|epa(?:-efe)?|shutterstock|alamy|pa(?: media| wire)?"
                    + "|anadolu(?: agency)?|bloomberg|xinhua|sipa|dpa|tass)\\)?$", FLAGS);

    /**
     * A news agency's sign-off under the story: "--SPA", "-IANS", "(AP)". Case matters: agencies write their
     * names in capitals. "- NATO" with a space is a list item and is kept.
     */
    private static final Pattern WIRE_SIGN_OFF = Pattern.compile("(?:--+ ?|-|\\()\\p{Lu}[\\p{Lu}\\p{N}&./]{1,10}\\)?");

    /** Notices recognised by their opening words, whatever their length or punctuation. */
    private static final Pattern NOTICE = Pattern.compile("^(?:"
            + "©|\\(c\\) ?\\d{4}|copyright (?:©|\\(c\\)|\\d{4})|.*\\ball rights reserved\\b"
            + "|(?:we|this (?:web)?site) uses? cookies|by continuing to (?:use|browse|visit)\\b|by using (?:this|our) (?:web)?site"
            + "|click here\\b|sign up for (?:our|the) .*newsletter|subscribe to (?:our|the)\\b"
            + ").*", FLAGS);

    /** A line with no letter or digit is a separator or an icon ("***", "|", "•"). */
    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private BoilerplateFilter() {
    }

    /** The lines that are content, in their order; blank lines are dropped too. */
    public static List<String> clean(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        for (String line : lines) {
            String stripped = line == null ? "" : line.strip();
            if (!stripped.isEmpty() && !isBoilerplate(stripped)) {
                kept.add(stripped);
            }
        }
        return kept;
    }

    /** True when the single line {@code line} is page chrome. */
    static boolean isBoilerplate(String line) {
        String stripped = line.strip();
        if (!HAS_WORD.matcher(stripped).find()) {
            return true;
        }
        int words = Lines.wordCount(stripped);
        if (words <= MAX_NOTICE_WORDS && NOTICE.matcher(stripped).matches()) {
            return true;
        }
        if (words > MAX_CAPTION_WORDS || Lines.endsSentence(stripped)) {
            return false;
        }
        if (WIRE_SIGN_OFF.matcher(stripped).matches()) {
            return true;
        }
        // Brackets and trailing punctuation, as in "(Reporting by ...)", "Comments:" or "Share |", make no
        // line content.
        String core = stripped.startsWith("(") && stripped.endsWith(")")
                ? stripped.substring(1, stripped.length() - 1) : stripped;
        core = core.replaceAll("^[\\s-]+|[\\s:|>»·•-]+$", "");
        if (PHOTO_CREDIT.matcher(core).find()) {
            return true;
        }
        return words <= MAX_CHROME_WORDS && CHROME.matcher(core).matches();
    }
}
