package fr.entraide.places;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file as people send them: UTF-8 (with or without a BOM) or Windows-1252 as French spreadsheets save it,
 * separated by commas, semicolons or tabs; the first line names the columns.
 */
public record CsvFile(String encoding, char separator, List<String> headers, List<CSVRecord> records) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static CsvFile read(byte[] bytes) {
        Charset charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String text = new String(bytes, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text.lines().findFirst().orElse(""));
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<CSVRecord> records = parser.getRecords();
            return new CsvFile(charset == StandardCharsets.UTF_8 ? "UTF-8" : "windows-1252", separator, parser.getHeaderNames(), records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The separator that the header line uses most, outside quotes. */
    static char separator(String header) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> {
                    }
                }
            }
        }
        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }
}
