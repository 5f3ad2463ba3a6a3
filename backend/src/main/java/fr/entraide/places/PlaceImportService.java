package fr.entraide.places;

import fr.entraide.common.error.ProblemException;
import fr.entraide.common.error.ProblemTexts;
import fr.entraide.common.security.Caller;
import fr.entraide.groups.Group;
import fr.entraide.groups.GroupAccess;
import fr.entraide.groups.api.GroupRef;
import fr.entraide.places.api.ImportIssueView;
import fr.entraide.places.api.ImportPreview;
import fr.entraide.places.api.ImportView;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.context.ManagedExecutor;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Imports places from a CSV file into a group, in the background, a batch per transaction so that progress shows
 * and a failure never leaves half a batch. A re-import updates the places of the same (source, external id) and
 * changes nothing when the file did not change. Contacts in the file are never read.
 */
@ApplicationScoped
public class PlaceImportService {

    static final int MAX_BYTES = 5_000_000;
    static final int BATCH = 200;

    @Inject
    GroupAccess groups;

    @Inject
    ManagedExecutor executor;

    public ImportPreview preview(String slug, Caller caller, byte[] bytes, String language) {
        coordinated(slug, caller);
        CsvFile file = read(bytes);
        ImportMapping mapping = new ImportMapping(file.headers());
        Map<Integer, String> fieldOf = mapping.columns().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        List<ImportPreview.Column> columns = IntStream.range(0, file.headers().size())
                .mapToObj(i -> new ImportPreview.Column(file.headers().get(i), fieldOf.get(i), mapping.personal().contains(file.headers().get(i))))
                .toList();
        List<ImportPreview.Line> sample = IntStream.range(0, Math.min(5, file.records().size())).mapToObj(i -> {
            CSVRecord record = file.records().get(i);
            ImportRows.Row row = ImportRows.read(record, mapping, i + 2);
            return row.skipped() ? new ImportPreview.Line(row.line(), mapping.value(record, "name"), null, null, null, null,
                    ProblemTexts.text(language, row.skipCode()))
                    : new ImportPreview.Line(row.line(), row.request().name(), row.request().postcode(), row.request().city(),
                    row.request().latitude(), row.request().longitude(), null);
        }).toList();
        return new ImportPreview(file.encoding(), String.valueOf(file.separator()), file.records().size(), columns, sample);
    }

    /** Checks the file, records the import, and runs it once that is committed; answers at once. */
    public ImportView start(String slug, Caller caller, byte[] bytes, String fileName, String source, String language) {
        QuarkusTransaction.requiringNew().run(() -> coordinated(slug, caller));
        CsvFile file = read(bytes);
        ImportMapping mapping = new ImportMapping(file.headers());
        if (mapping.column("name") < 0) {
            throw ProblemException.invalid("file", "import.no-name-column");
        }
        String sourceName = source(source, fileName);
        PlaceImport job = QuarkusTransaction.requiringNew().call(() -> {
            Group group = coordinated(slug, caller);
            PlaceImport created = new PlaceImport();
            created.groupId = group.id;
            created.userId = caller.id();
            created.source = sourceName;
            created.fileName = fileName == null ? null : fileName.length() <= 300 ? fileName : fileName.substring(0, 300);
            created.encoding = file.encoding();
            created.separator = String.valueOf(file.separator());
            created.total = file.records().size();
            created.persist();
            return created;
        });
        List<ImportRows.Row> rows = IntStream.range(0, file.records().size())
                .mapToObj(i -> ImportRows.read(file.records().get(i), mapping, i + 2)).toList();
        executor.runAsync(() -> run(job.id, rows));
        return QuarkusTransaction.requiringNew().call(() -> view(PlaceImport.findById(job.id), language));
    }

    public ImportView get(long id, Caller caller, String language) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PlaceImport job = PlaceImport.<PlaceImport>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("import.not-found", id));
            Group group = Group.findById(job.groupId);
            boolean mine = job.userId != null && job.userId == caller.id();
            if (!mine && !PlacePolicy.importInto(groups.standing(group, Optional.of(caller)))) {
                throw ProblemException.notFound("import.not-found", id);
            }
            return view(job, language);
        });
    }

    void run(long jobId, List<ImportRows.Row> rows) {
        try {
            Map<String, Long> existing = QuarkusTransaction.requiringNew().call(() -> {
                PlaceImport job = PlaceImport.findById(jobId);
                job.status = PlaceImport.Status.RUNNING;
                return Place.<Place>list("source", job.source).stream()
                        .collect(Collectors.toMap(p -> p.externalId, p -> p.id, (a, b) -> a));
            });
            Set<String> seen = new HashSet<>();
            for (int from = 0; from < rows.size(); from += BATCH) {
                List<ImportRows.Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
                QuarkusTransaction.requiringNew().run(() -> batch(jobId, batch, existing, seen));
            }
            QuarkusTransaction.requiringNew().run(() -> {
                PlaceImport job = PlaceImport.findById(jobId);
                job.status = PlaceImport.Status.DONE;
                job.finishedAt = Instant.now();
            });
        } catch (RuntimeException e) {
            Log.errorf(e, "Import %d failed", jobId);
            QuarkusTransaction.requiringNew().run(() -> {
                PlaceImport job = PlaceImport.findById(jobId);
                job.status = PlaceImport.Status.FAILED;
                job.finishedAt = Instant.now();
            });
        }
    }

    private void batch(long jobId, List<ImportRows.Row> rows, Map<String, Long> existing, Set<String> seen) {
        PlaceImport job = PlaceImport.findById(jobId);
        List<Long> ids = rows.stream().filter(r -> !r.skipped()).map(r -> existing.get(r.externalId())).filter(java.util.Objects::nonNull).toList();
        Map<Long, Place> places = ids.isEmpty() ? new HashMap<>() : Place.<Place>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        for (ImportRows.Row row : rows) {
            job.done++;
            if (row.skipped()) {
                issue(job, row.line(), PlaceImportIssue.Severity.SKIPPED, row.skipCode(), row.skipDetail());
                continue;
            }
            if (!seen.add(row.externalId())) {
                issue(job, row.line(), PlaceImportIssue.Severity.SKIPPED, "import.duplicate-id", row.externalId());
                continue;
            }
            row.warnings().forEach(w -> issue(job, row.line(), PlaceImportIssue.Severity.WARNING, w.code(), w.detail()));
            Long id = existing.get(row.externalId());
            Place place = id == null ? null : places.get(id);
            if (place != null && place.groupId != null && place.groupId != job.groupId) {
                issue(job, row.line(), PlaceImportIssue.Severity.SKIPPED, "import.other-group", row.externalId());
                continue;
            }
            boolean fresh = place == null;
            if (fresh) {
                place = new Place();
                place.groupId = job.groupId;
                place.authorId = job.userId;
                place.source = job.source;
                place.externalId = row.externalId();
            }
            PlaceFields fields;
            try {
                fields = new PlaceFields(place).apply(row.request());
            } catch (ProblemException e) {
                if (!fresh) {
                    Place.getEntityManager().refresh(place);
                }
                issue(job, row.line(), PlaceImportIssue.Severity.SKIPPED, "import.invalid", e.code());
                continue;
            }
            if (fresh) {
                place.persist();
                existing.put(row.externalId(), place.id);
                PlaceChange.record(place, job.userId, PlaceChange.Action.IMPORTED, fields.changed());
                job.created++;
            } else if (!fields.changed().isEmpty()) {
                place.updatedAt = Instant.now();
                PlaceChange.record(place, job.userId, PlaceChange.Action.IMPORTED, fields.changed());
                job.updated++;
            } else {
                job.unchanged++;
            }
        }
    }

    private static void issue(PlaceImport job, int line, PlaceImportIssue.Severity severity, String code, String detail) {
        PlaceImportIssue issue = new PlaceImportIssue();
        issue.importId = job.id;
        issue.line = line;
        issue.severity = severity;
        issue.code = code;
        issue.detail = detail == null ? null : detail.length() <= 300 ? detail : detail.substring(0, 300);
        issue.persist();
    }

    private ImportView view(PlaceImport job, String language) {
        List<PlaceImportIssue> issues = PlaceImportIssue.list("importId = ?1 order by line, id", job.id);
        Function<PlaceImportIssue.Severity, List<ImportIssueView>> of = severity -> issues.stream()
                .filter(i -> i.severity == severity)
                .map(i -> new ImportIssueView(i.line, i.code, ProblemTexts.text(language, i.code), i.detail)).toList();
        return new ImportView(job.id, GroupRef.of(Group.findById(job.groupId)), job.source, job.fileName, job.encoding,
                job.separator, job.status, job.total, job.done, job.created, job.updated, job.unchanged,
                of.apply(PlaceImportIssue.Severity.SKIPPED), of.apply(PlaceImportIssue.Severity.WARNING), job.createdAt, job.finishedAt);
    }

    private Group coordinated(String slug, Caller caller) {
        Group group = groups.readable(slug, Optional.of(caller));
        if (!PlacePolicy.importInto(groups.standing(group, Optional.of(caller)))) {
            throw ProblemException.forbidden("import.coordinators-only", group.name);
        }
        return group;
    }

    private static CsvFile read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw ProblemException.invalid("file", "import.file-required");
        }
        if (bytes.length > MAX_BYTES) {
            throw ProblemException.invalid("file", "import.file-too-large", MAX_BYTES / 1_000_000);
        }
        try {
            CsvFile file = CsvFile.read(bytes);
            if (file.records().isEmpty()) {
                throw ProblemException.invalid("file", "import.file-empty");
            }
            return file;
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.invalid("file", "import.file-unreadable");
        }
    }

    /** The source that a re-import must name again: given, or the file's name without its extension. */
    static String source(String source, String fileName) {
        String name = source != null && !source.isBlank() ? source.strip()
                : fileName != null && !fileName.isBlank() ? fileName.strip().replaceAll("\\.[A-Za-z0-9]{1,5}$", "") : "import";
        return name.length() <= 100 ? name : name.substring(0, 100);
    }
}
