package dev.retrace.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

class DocumentReaderTest {

    @TempDir
    Path dir;

    private static Path seeds() {
        return Path.of(System.getProperty("retrace.shared", "../shared"), "seeds");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static void assertRejected(Path path, String problem) {
        assertThatThrownBy(() -> DocumentReader.read(path))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.input()).isEqualTo(path.toString());
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.getMessage()).isEqualTo(path + ": " + problem).doesNotContain("\n");
                });
    }

    // --- plain text ---------------------------------------------------------------------------------------------

    @Test
    void firstShortUnpunctuatedLineIsTheTitle() throws IOException {
        Path file = write("strike.txt", "Port strike halts grain exports\n\n"
                + "Dock workers walked out on Thursday.\r\nTalks resume on Monday.\n");
        Document doc = DocumentReader.read(file);

        assertThat(doc.id()).isEqualTo("strike");
        assertThat(doc.origin()).isEqualTo(file.toString());
        assertThat(doc.title()).isEqualTo("Port strike halts grain exports");
        assertThat(doc.text()).isEqualTo("Dock workers walked out on Thursday.\nTalks resume on Monday.");
        assertThat(doc.url()).isNull();
        assertThat(doc.published()).isNull();
    }

    @Test
    void firstLineThatIsASentenceStaysInTheText() {
        Document doc = DocumentReader.fromText("Russia has claimed that NATO plans to prepare Kyiv for \"revenge.\"\n"
                + "No evidence was provided.", "x", "inline");
        assertThat(doc.title()).isNull();
        assertThat(doc.text()).startsWith("Russia has claimed");
    }

    @Test
    void aSingleLineOrALongFirstLineIsNoTitle() {
        assertThat(DocumentReader.fromText("Port strike halts grain exports", "x", "inline").title()).isNull();
        String longLine = "Dock workers at the largest port in the country walked out on Thursday morning halting grain "
                + "exports for the first time";
        assertThat(DocumentReader.fromText(longLine + "\nMore text.", "x", "inline").title()).isNull();
    }

    @Test
    void aHardWrappedFirstLineIsNoTitle() {
        Document doc = DocumentReader.fromText("Dock workers at the largest port walked out\non Thursday, halting exports.",
                "x", "inline");
        assertThat(doc.title()).isNull();
    }

    @Test
    void chromeAboveTheHeadlineDoesNotBecomeTheTitle() {
        Document doc = DocumentReader.fromText("Skip to content\nPort strike halts grain exports\nDock workers walked out.",
                "x", "inline");
        assertThat(doc.title()).isEqualTo("Port strike halts grain exports");
        assertThat(doc.text()).isEqualTo("Dock workers walked out.");
    }

    @Test
    void seedArticleLosesItsCommentWidgetLines() {
        Path seed = seeds().resolve("001_90acd4cf0854f317.txt");
        Document doc = DocumentReader.read(seed);

        assertThat(doc.id()).isEqualTo("001_90acd4cf0854f317");
        assertThat(doc.title()).isNull();
        String[] lines = doc.text().split("\n");
        assertThat(lines).doesNotContain("Comments", "Post a Comment");
        assertThat(lines[lines.length - 1]).endsWith("continues to take on Russian forces.");
        assertThat(doc.text()).startsWith("Russia has accused NATO").doesNotContain("\u2019");
    }

    @Test
    void seedArticleKeepsItsSubheadings() {
        Document doc = DocumentReader.read(seeds().resolve("002_36d6bf51bee64a5e.txt"));
        assertThat(doc.title()).isNull();
        assertThat(doc.text().split("\n"))
                .contains("NATO sees no signs of a truce on the battlefield", "A peace deal should not simply buy Russia time");
        assertThat(LanguageCheck.looksEnglish(doc.text())).isTrue();
    }

    @Test
    void readsWindows1252Files() throws IOException {
        Path file = dir.resolve("cp1252.txt");
        Files.write(file, "He said \u201Chello\u201D at the caf\u00E9.".getBytes(Charset.forName("windows-1252")));
        assertThat(DocumentReader.read(file).text()).isEqualTo("He said \"hello\" at the caf\u00E9.");
    }

    @Test
    void documentOfNormalisesInlineText() {
        Document doc = Document.of("a", "  \u201CHi\u201D\u00A0there.\r\n\r\n Second\u200B line. ");
        assertThat(doc).isEqualTo(new Document("a", null, null, null, "\"Hi\" there.\nSecond line.", "inline"));
    }

    // --- unusable files ------------------------------------------------------------------------------------------

    @Test
    void missingFile() {
        assertRejected(dir.resolve("nope.txt"), "no such file");
    }

    @Test
    void directory() {
        assertRejected(dir, "is a directory, expected a file");
    }

    @Test
    void emptyAndWhitespaceOnlyFiles() throws IOException {
        assertRejected(write("empty.txt", ""), "file is empty");
        assertRejected(write("blank.txt", " \n\t\r\n \n"), "file is empty");
        assertRejected(write("invisible.txt", "\u00A0\u200B\n\uFEFF"), "no article text found");
    }

    @Test
    void fileWithOnlyBoilerplateHasNoArticleText() throws IOException {
        assertRejected(write("chrome.txt", "Comments\nPost a Comment\nShare this article\n"), "no article text found");
    }

    @Test
    void binaryFile() throws IOException {
        Path file = dir.resolve("image.txt");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
        assertRejected(file, "looks like binary data, not text");
    }

    @Test
    void fileOverTheSizeLimit() throws IOException {
        Path file = dir.resolve("huge.txt");
        // A sparse file: it reports 20 MB without writing 20 MB to disk.
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(20L * 1024 * 1024);
        }
        assertRejected(file, "file is 20.0 MB, larger than the 10 MB limit");
    }

    @Test
    void customSizeLimit() throws IOException {
        Path file = write("small.txt", "x".repeat(2048));
        assertThatThrownBy(() -> DocumentReader.read(file, 1024))
                .hasMessage(file + ": file is 2.0 KB, larger than the 1 KB limit");
    }

    // --- HTML ---------------------------------------------------------------------------------------------------

    @Test
    void readsHtmlFiles() throws IOException {
        Path file = write("page.html", HtmlArticleExtractorTest.resource("article-with-chrome.html"));
        Document doc = DocumentReader.read(file);
        assertThat(doc.id()).isEqualTo("page");
        assertThat(doc.title()).isEqualTo("Port strike halts grain exports");
        assertThat(doc.published()).isEqualTo(Instant.parse("2024-11-29T07:30:00Z"));
        assertThat(doc.text()).startsWith("Dock workers").doesNotContain("cookies", "Comment", "Share", "newsletter");
    }

    @Test
    void recognisesHtmlSavedWithAnotherExtension() throws IOException {
        Path file = write("saved.txt", "<!DOCTYPE html><html><body><p>The council approved the budget.</p></body></html>");
        assertThat(DocumentReader.read(file).text()).isEqualTo("The council approved the budget.");
    }

    // --- JSON ---------------------------------------------------------------------------------------------------

    @Test
    void readsJsonWithText() throws IOException {
        Path file = write("story.json", "{\"id\": \"s1\", \"url\": \"https://example.org/s1\", \"title\": \"Strike\","
                + " \"published\": \"2024-11-29T08:30:00+01:00\", \"text\": \"Strike\\nDock workers walked out.\\n\\nComments\"}");
        Document doc = DocumentReader.read(file);
        assertThat(doc).isEqualTo(new Document("s1", "https://example.org/s1", "Strike",
                Instant.parse("2024-11-29T07:30:00Z"), "Dock workers walked out.", file.toString()));
    }

    @Test
    void readsJsonWithHtml() throws IOException {
        Path file = write("page.json", new ObjectMapper().createObjectNode()
                .put("html", HtmlArticleExtractorTest.resource("article-with-chrome.html"))
                .put("published", "Fri, 29 Nov 2024 10:00:00 GMT")
                .toString());
        Document doc = DocumentReader.read(file);
        assertThat(doc.id()).isEqualTo("page");
        assertThat(doc.title()).isEqualTo("Port strike halts grain exports");
        assertThat(doc.published()).isEqualTo(Instant.parse("2024-11-29T10:00:00Z"));
        assertThat(doc.text()).startsWith("Dock workers").endsWith("due to resume on Monday.");
    }

    @Test
    void fromJsonUsesTheInputNameAsDefaultId() throws IOException {
        Document doc = DocumentReader.fromJson(new ObjectMapper().readTree("{\"text\": \"Hello world.\", \"published\": \"2024-11-29\"}"), "feed#3");
        assertThat(doc.id()).isEqualTo("feed#3");
        assertThat(doc.published()).isEqualTo(Instant.parse("2024-11-29T00:00:00Z"));
    }

    @Test
    void rejectsInvalidJson() throws IOException {
        Path file = write("bad.json", "{\"text\": \"unterminated");
        assertThatThrownBy(() -> DocumentReader.read(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.input()).isEqualTo(file.toString());
                    assertThat(e.problem()).startsWith("not valid JSON: ").contains("line 1");
                    assertThat(e.getMessage()).doesNotContain("\n");
                });
    }

    @Test
    void rejectsJsonThatIsNotOneArticleObject() throws IOException {
        assertRejected(write("list.json", "[{\"text\": \"a\"}]"), "expected one JSON object, found an array");
        assertRejected(write("none.json", "{\"id\": \"x\"}"), "JSON has no \"text\" or \"html\" field");
        assertRejected(write("num.json", "{\"text\": 42}"), "JSON field \"text\" must be a string, found a number");
        Path two = write("two.json", "{\"text\": \"a.\"} {\"text\": \"b.\"}");
        assertThatThrownBy(() -> DocumentReader.read(two))
                .hasMessageStartingWith(two + ": not valid JSON: ")
                .hasMessageContaining("Trailing token");
    }

    @Test
    void rejectsAnUnreadablePublicationDate() throws IOException {
        Path file = write("date.json", "{\"text\": \"Hello world.\", \"published\": \"last Friday\"}");
        assertThatThrownBy(() -> DocumentReader.read(file))
                .hasMessageStartingWith(file + ": JSON field \"published\" is not a date: \"last Friday\"");
    }
}
