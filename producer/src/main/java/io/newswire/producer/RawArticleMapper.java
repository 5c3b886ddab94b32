package io.newswire.producer;

import io.newswire.schema.DeadLetterHeaders;
import io.newswire.schema.RawArticle;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article file into a {@link RawArticle}. The key and the content hash depend only on
 * the file's name and bytes, so publishing the same file twice yields the same key and hash.
 */
public final class RawArticleMapper {

    /** Bylines and datelines sit at the top of a story; looking further finds false positives. */
    private static final int HEADER_LINES = 6;
    private static final Pattern BYLINE = Pattern.compile(
            "By\\s+(\\p{Lu}[\\p{L}.'’-]*(?:(?:\\s+|\\s*,\\s*|\\s+and\\s+)\\p{Lu}[\\p{L}.'’-]*){0,5})",
            Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * "MEXICO CITY –", "WASHINGTON (Reuters) -", "PARIS, France —": capitals, then a dash. Unicode
     * spaces count, because wire copy often puts a no-break space before the dash.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "(\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}(?:,\\s*\\p{L}[\\p{L}. ]*\\p{L})?)\\s*(?:\\([^)]{1,40}\\))?\\s*[–—-]\\s.*",
            Pattern.UNICODE_CHARACTER_CLASS);

    private final PublishOptions options;
    private final Clock clock;

    public RawArticleMapper(PublishOptions options, Clock clock) {
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The bytes of {@code file}, exactly as on disk. */
    public static byte[] read(Path file) throws InvalidArticleException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidArticleException(DeadLetterHeaders.UNREADABLE, "unreadable: " + e, e);
        }
    }

    /**
     * Maps the bytes of {@code file}, which must be valid UTF-8 and not blank. Only
     * {@code ingestedAt} depends on anything but the arguments.
     */
    public RawArticle map(Path file, byte[] bytes) throws InvalidArticleException {
        String body = decodeUtf8(bytes);
        List<String> lines = body.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty()) {
            throw new InvalidArticleException(DeadLetterHeaders.EMPTY, "empty: no text to publish");
        }
        return RawArticle.newBuilder()
                .setArticleId(articleId(file))
                .setVersion(options.version())
                .setStatus(options.status())
                .setSource(options.source() != null ? options.source() : folderName(file))
                .setUri(file.toAbsolutePath().normalize().toUri().toString())
                .setHeadline(lines.get(0))
                .setBody(body)
                .setByline(byline(lines))
                .setDateline(dateline(lines))
                .setPublishedAt(null)
                .setIngestedAt(clock.instant())
                .setContentHash(contentHash(bytes))
                .build();
    }

    /** The file name without its extension: {@code 000_bd18e7633e0bf5a2.txt} is {@code 000_bd18e7633e0bf5a2}. */
    public static String articleId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** SHA-256 of the bytes, lower-case hex. */
    public static String contentHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static String decodeUtf8(byte[] bytes) throws InvalidArticleException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException(DeadLetterHeaders.NOT_UTF8,
                    "not valid UTF-8 (" + e.getMessage() + ")", e);
        }
    }

    private static String folderName(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return folder == null || folder.getFileName() == null ? "unknown" : folder.getFileName().toString();
    }

    /** "By Jane Doe" on a line of its own near the top; the headline itself never counts. */
    static String byline(List<String> lines) {
        return firstMatch(lines, BYLINE);
    }

    static String dateline(List<String> lines) {
        return firstMatch(lines, DATELINE);
    }

    private static String firstMatch(List<String> lines, Pattern pattern) {
        for (String line : lines.subList(1, Math.min(lines.size(), HEADER_LINES))) {
            Matcher m = pattern.matcher(line);
            if (m.matches()) {
                return m.group(1).strip();
            }
        }
        return null;
    }
}
