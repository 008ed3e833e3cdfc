using System.Threading.Channels;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ops.Shared.Modules;

namespace Ops.Shared.Imports;

/// <summary>A record read from an import file: the first row it came from, its key (what makes it "the same record"), and either its value or the row errors that refuse it.</summary>
public sealed record ImportRecord<TRecord>(int Row, string Key, TRecord? Value, IReadOnlyList<ImportRowError> Errors)
{
    public static ImportRecord<TRecord> Refused(int row, string key, IReadOnlyList<ImportRowError> errors) => new(row, key, default, errors);
}

/// <summary>Which of a job's two passes over its file reads it (docs/adr/0020).</summary>
public enum ImportPass
{
    /// <summary>The first: every record read and checked, nothing written.</summary>
    Check,

    /// <summary>The second, after a check that refused nothing: the records read again to be written.</summary>
    Write,
}

/// <summary>What a batch write did: records written, and records left alone because they were already there.</summary>
public sealed record ImportBatchResult(int Imported, int Skipped);

/// <summary>
/// What one kind of import knows (docs/adr/0020): how to read its records from a file, and how to write a batch of them
/// (one transaction per batch, through the module's own command, so events, read models and messages are written the
/// way the API writes them). Writing a record already there must skip it: the same file imported again changes nothing.
/// </summary>
public interface IImportDefinition<TRecord>
{
    string Kind { get; }

    /// <summary>
    /// The file's records. In <see cref="ImportPass.Check"/> every record is checked as the API checks one; in
    /// <see cref="ImportPass.Write"/> the same file is read again after a check that refused nothing, so its records are
    /// only read (the checks, the costliest part of reading, are not repeated).
    /// </summary>
    IAsyncEnumerable<ImportRecord<TRecord>> ReadAsync(Stream file, ImportFormat format, ImportPass pass, CancellationToken ct);

    /// <summary>First pass, per batch of records that read well: what the database refuses (a record already there with other content).</summary>
    Task<IReadOnlyList<ImportRowError>> CheckAsync(IServiceProvider services, IReadOnlyList<ImportRecord<TRecord>> batch, CancellationToken ct);

    Task<ImportBatchResult> WriteAsync(IServiceProvider services, ImportJob job, IReadOnlyList<TRecord> batch, CancellationToken ct);
}

/// <summary>
/// Runs import jobs in the background, one at a time, each in two passes over its file: the first reads every row and
/// checks it (nothing is written if any row is refused: the job is <see cref="ImportJobStatus.Rejected"/> with every
/// row error), the second writes the records in batches. Progress is saved on the job as it goes. Jobs a stopped host
/// left unfinished are marked <see cref="ImportJobStatus.Failed"/> when it starts again (see docs/adr/0020).
/// </summary>
public sealed class ImportRunner(IServiceProvider services, TimeProvider time, ILogger<ImportRunner> logger) : BackgroundService
{
    public const int BatchSize = 500;
    private const int ProgressEveryRows = 5_000;

    private readonly Channel<Func<CancellationToken, Task>> queue = Channel.CreateUnbounded<Func<CancellationToken, Task>>();

    /// <summary>
    /// Starts a job for <paramref name="file"/> in <typeparamref name="TStore"/>, or returns the job that already answers
    /// this file (same kind, scope and SHA-256, not failed): the second import of a file changes nothing. The runner owns
    /// the file from here and deletes it when the job ends.
    /// </summary>
    public async Task<(ImportJob Job, bool Started)> StartAsync<TStore, TRecord>(IImportDefinition<TRecord> definition, ImportFile file,
        string scope, string startedBy, CancellationToken ct) where TStore : IDocumentStore
    {
        var store = services.GetRequiredService<TStore>();
        await using (var query = store.QuerySession())
        {
            var earlier = await query.Query<ImportJob>()
                .Where(j => j.Kind == definition.Kind && j.Scope == scope && j.Sha256 == file.Sha256)
                .OrderByDescending(j => j.StartedAt).FirstOrDefaultAsync(ct);
            if (earlier is { AnswersReimport: true })
            {
                await file.DisposeAsync();
                return (earlier, false);
            }
        }

        var job = new ImportJob
        {
            Id = Guid.CreateVersion7(), Kind = definition.Kind, Scope = scope, FileName = file.Name, Format = file.Format,
            Sha256 = file.Sha256, Bytes = file.Bytes, Status = ImportJobStatus.Validating, StartedBy = startedBy,
            StartedAt = time.GetUtcNow(),
        };
        await SaveAsync(store, job, ct);
        // Row errors are written in the language of the person who uploaded the file, as a response to them would be.
        var language = System.Globalization.CultureInfo.CurrentUICulture;
        await queue.Writer.WriteAsync(token =>
        {
            System.Globalization.CultureInfo.CurrentUICulture = language;
            return RunAsync(store, definition, job, file, token);
        }, ct);
        return (job, true);
    }

    /// <summary>Marks the jobs a stopped host left unfinished as failed (nothing of theirs was written), then runs queued jobs in turn.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var run in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await run(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>At start-up: a job left Validating or Importing by a host that stopped is failed, saying how far it got.</summary>
    public static async Task FailInterruptedAsync(IDocumentStore store, DateTimeOffset now, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var unfinished = await session.Query<ImportJob>()
            .Where(j => j.Status == ImportJobStatus.Validating || j.Status == ImportJobStatus.Importing).ToListAsync(ct);
        foreach (var job in unfinished)
            session.Store(job with
            {
                Status = ImportJobStatus.Failed, FinishedAt = now,
                Failure = $"The host stopped during the import, after {job.Imported + job.Skipped} of {job.Records} records. Import the same file again: the records already in are skipped.",
            });
        await session.SaveChangesAsync(ct);
    }

    private async Task RunAsync<TRecord>(IDocumentStore store, IImportDefinition<TRecord> definition, ImportJob job, ImportFile file, CancellationToken ct)
    {
        await using var _ = file;
        try
        {
            job = await CheckAsync(store, definition, job, file, ct);
            if (job.ErrorCount > 0)
            {
                await SaveAsync(store, job with { Status = ImportJobStatus.Rejected, FinishedAt = time.GetUtcNow() }, ct);
                return;
            }

            job = job with { Status = ImportJobStatus.Importing };
            await SaveAsync(store, job, ct);
            job = await WriteAsync(store, definition, job, file, ct);
            await SaveAsync(store, job with { Status = ImportJobStatus.Completed, FinishedAt = time.GetUtcNow() }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Import job {JobId} ({Kind}) failed", job.Id, job.Kind);
            await SaveAsync(store, job with
            {
                Status = ImportJobStatus.Failed, FinishedAt = time.GetUtcNow(),
                Failure = $"The import stopped on an error after {job.Imported + job.Skipped} of {job.Records} records (correlation: job {job.Id}). Import the same file again: the records already in are skipped.",
            }, CancellationToken.None);
        }
    }

    /// <summary>First pass: every row read and checked, in-file duplicates refused, the database asked per batch; nothing written.</summary>
    private async Task<ImportJob> CheckAsync<TRecord>(IDocumentStore store, IImportDefinition<TRecord> definition, ImportJob job, ImportFile file, CancellationToken ct)
    {
        // One entry per record (its key), to refuse a record given twice in the same file.
        var seen = new Dictionary<int, List<(string Key, int Row)>>();
        var errors = new List<ImportRowError>();
        var batch = new List<ImportRecord<TRecord>>(BatchSize);
        int rows = 0, records = 0;
        await using var stream = file.Open();
        await foreach (var record in definition.ReadAsync(stream, file.Format, ImportPass.Check, ct))
        {
            rows = Math.Max(rows, record.Row);
            records++;
            errors.AddRange(record.Errors);
            if (record.Errors.Count == 0 && Duplicate(seen, record.Key, record.Row) is { } first)
                errors.Add(new ImportRowError(record.Row, null, "import.duplicate_record",
                    Bilingual.Pick($"{record.Key} is already in this file at row {first}.", $"{record.Key} 已在本文件第 {first} 行出现。")));
            else if (record.Errors.Count == 0) batch.Add(record);

            if (batch.Count == BatchSize)
            {
                errors.AddRange(await definition.CheckAsync(services, batch, ct));
                batch.Clear();
            }

            if (records % ProgressEveryRows == 0)
            {
                job = job.WithErrors(errors) with { RowsRead = rows, Records = records };
                errors.Clear();
                await SaveAsync(store, job, ct);
            }
        }

        if (batch.Count > 0) errors.AddRange(await definition.CheckAsync(services, batch, ct));
        return job.WithErrors([.. errors.OrderBy(e => e.Row)]) with { RowsRead = rows, Records = records };
    }

    private static int? Duplicate(Dictionary<int, List<(string Key, int Row)>> seen, string key, int row)
    {
        var hash = StringComparer.Ordinal.GetHashCode(key);
        if (!seen.TryGetValue(hash, out var bucket)) seen[hash] = bucket = new List<(string, int)>(1);
        foreach (var (other, at) in bucket)
            if (other == key) return at;
        bucket.Add((key, row));
        return null;
    }

    /// <summary>Second pass: the records written in batches, each batch one transaction of the module's own command.</summary>
    private async Task<ImportJob> WriteAsync<TRecord>(IDocumentStore store, IImportDefinition<TRecord> definition, ImportJob job, ImportFile file, CancellationToken ct)
    {
        var batch = new List<TRecord>(BatchSize);
        await using var stream = file.Open();
        await foreach (var record in definition.ReadAsync(stream, file.Format, ImportPass.Write, ct))
        {
            batch.Add(record.Value!);
            if (batch.Count == BatchSize) job = await FlushAsync(store, definition, job, batch, ct);
        }

        return batch.Count > 0 ? await FlushAsync(store, definition, job, batch, ct) : job;
    }

    private async Task<ImportJob> FlushAsync<TRecord>(IDocumentStore store, IImportDefinition<TRecord> definition, ImportJob job, List<TRecord> batch, CancellationToken ct)
    {
        var result = await definition.WriteAsync(services, job, batch, ct);
        batch.Clear();
        job = job with { Imported = job.Imported + result.Imported, Skipped = job.Skipped + result.Skipped };
        await SaveAsync(store, job, ct);
        return job;
    }

    private static async Task SaveAsync(IDocumentStore store, ImportJob job, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Store(job);
        await session.SaveChangesAsync(ct);
    }
}

public static class Imports
{
    /// <summary>
    /// Imports into <typeparamref name="TStore"/>: the one background runner, and at start-up the jobs a stopped host left
    /// unfinished marked failed. The store itself calls <see cref="Configure"/>.
    /// </summary>
    public static IServiceCollection AddImports<TStore>(this IServiceCollection services) where TStore : class, IDocumentStore
    {
        if (!services.Any(s => s.ServiceType == typeof(ImportRunner)))
        {
            services.AddSingleton<ImportRunner>();
            services.AddHostedService(sp => sp.GetRequiredService<ImportRunner>());
        }

        return services.AddModuleSeed<InterruptedImports<TStore>>();
    }

    /// <summary>The job document, found by its file's hash and listed newest first.</summary>
    public static void Configure(StoreOptions options) =>
        options.Schema.For<ImportJob>().Index(j => j.Sha256).Index(j => j.StartedAt);

    private sealed class InterruptedImports<TStore>(TStore store, TimeProvider time) : IModuleSeed where TStore : IDocumentStore
    {
        public Task SeedAsync(CancellationToken ct) => ImportRunner.FailInterruptedAsync(store, time.GetUtcNow(), ct);
    }
}
