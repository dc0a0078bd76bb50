package com.followup.domain.rule;

import java.util.regex.Pattern;

/** Where progress shows: free text, plus a link when it is a board of this app (a path such as /boards/sales). */
public record ReportedIn(String where, String boardLink) {

    public static final int MAX_LINK = 200;

    // one slash, then only the characters a URL path, query and fragment may hold: no scheme, host, backslash or control
    private static final Pattern APP_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~!$&'()*+,;=:@/?#%]*");
    private static final Pattern PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    private static final Pattern ENCODED_SLASH_OR_CONTROL = Pattern.compile("(?i)%(2f|5c|[01][0-9a-f]|7f)");

    /**
     * Whether {@code link} is a path inside this app: a browser following it cannot leave the site, whatever
     * it decodes ({@code /\evil.example}, {@code /%5Cevil}, {@code //evil}, {@code javascript:} are not).
     */
    public static boolean isPathInsideApp(String link) {
        return link != null && link.length() <= MAX_LINK && APP_PATH.matcher(link).matches()
                && !PERCENT.matcher(link).find() && !ENCODED_SLASH_OR_CONTROL.matcher(link).find();
    }
}
