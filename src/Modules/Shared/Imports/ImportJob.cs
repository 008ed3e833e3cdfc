namespace Ops.Shared.Imports;

/// <summary>Where an import job stands.</summary>
public enum ImportJobStatus
{
    /// <summary>Reading the file and checking every row; nothing is written yet.</summary>
    Validating,

    /// <summary>Every row passed; writing them, all in one transaction.</summary>
    Importing,

    /// <summary>Every record of the file is in (those already there were skipped).</summary>
    Completed,

    /// <summary>At least one row was refused: nothing of the file was written. Fix the rows named and import the file again.</summary>
    Rejected,

    /// <summary>The job stopped on something other than its rows (the host stopped, the database failed): nothing was written.</summary>
    Failed,
}

/// <summary>A row the import refused: its line (1 = the first data row), the column or field, a stable code and a message.</summary>
public sealed record ImportRowError(int Row, string? Field, string Code, string Message);

/// <summary>
/// One import of one file (docs/adr/0020): identified by its id, and by the SHA-256 of the file so the same file
/// imported again finds the same job and changes nothing. Progress is counted in rows read and records written; the
/// first <see cref="MaxErrorsKept"/> row errors are kept, <see cref="ErrorCount"/> counts them all.
/// </summary>
public sealed record ImportJob
{
    public const int MaxErrorsKept = 1000;

    public required Guid Id { get; init; }

    /// <summary>What the file holds, e.g. <c>orders</c>; with <see cref="Scope"/> and the hash, what makes a file "the same".</summary>
    public required string Kind { get; init; }

    /// <summary>What the file was imported into (the store of an order file).</summary>
    public required string Scope { get; init; }

    public required string FileName { get; init; }
    public required ImportFormat Format { get; init; }
    public required string Sha256 { get; init; }
    public required long Bytes { get; init; }
    public required ImportJobStatus Status { get; init; }

    /// <summary>Data rows read so far (a CSV line or a JSON array element).</summary>
    public int RowsRead { get; init; }

    /// <summary>Records the file holds (an order may take several CSV lines), known once it is read.</summary>
    public int Records { get; init; }

    /// <summary>Records written by this job.</summary>
    public int Imported { get; init; }

    /// <summary>Records left alone because they were already there (imported before, or received through the API).</summary>
    public int Skipped { get; init; }

    public int ErrorCount { get; init; }
    public IReadOnlyList<ImportRowError> Errors { get; init; } = [];

    /// <summary>Why a <see cref="ImportJobStatus.Failed"/> job stopped.</summary>
    public string? Failure { get; init; }

    public required string StartedBy { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }

    public bool Finished => Status is ImportJobStatus.Completed or ImportJobStatus.Rejected or ImportJobStatus.Failed;

    /// <summary>A job with the same file, kind and scope answers a new import of it, unless it failed (then the file is tried again).</summary>
    public bool AnswersReimport => Status != ImportJobStatus.Failed;

    public ImportJob WithErrors(IReadOnlyList<ImportRowError> errors) => this with
    {
        ErrorCount = ErrorCount + errors.Count,
        Errors = Errors.Count >= MaxErrorsKept ? Errors : [.. Errors, .. errors.Take(MaxErrorsKept - Errors.Count)],
    };
}
