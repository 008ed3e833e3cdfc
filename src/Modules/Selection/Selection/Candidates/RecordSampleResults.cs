using FastEndpoints;
using FluentValidation;
using JasperFx.Events;
using Ops.Shared;
using Ops.Shared.Http;
using Ops.Shared.Outcomes;
using Wolverine;
using Wolverine.Marten;
using Ops.Shared.Validation;

namespace Ops.Selection.Candidates;

public sealed record RecordSampleResultsRequest
{
    public Guid Id { get; init; }
    public Guid SampleId { get; init; }
    public SampleTest? QualityTest { get; init; }
    public SampleTest? FunctionTest { get; init; }
    public Verdict? Verdict { get; init; }
    public IReadOnlyList<string>? Defects { get; init; }
    public IReadOnlyList<string>? ImprovementRequests { get; init; }
}

public sealed class RecordSampleResultsValidator : Validator<RecordSampleResultsRequest>
{
    private const int MaxItems = 50;

    public RecordSampleResultsValidator()
    {
        RuleFor(r => r.QualityTest!).NotNull().ChildRules(test => test.RuleFor(t => t.Notes).MaximumLength(2000));
        RuleFor(r => r.FunctionTest!).NotNull().ChildRules(test => test.RuleFor(t => t.Notes).MaximumLength(2000));
        RuleFor(r => r.Verdict).NotNull().IsInEnum()
            .Must((r, verdict) => verdict != Candidates.Verdict.Pass || r is { QualityTest.Passed: true, FunctionTest.Passed: true })
            .WithMessage(_ => Bilingual.Pick("A sample passes only when its quality and function tests both passed.",
                "只有质量测试和功能测试都通过，样品才能判定为通过。"));
        RuleFor(r => r.Defects).MaximumCount(MaxItems).WithMessage(_ => AtMost);
        RuleForEach(r => r.Defects).NotEmpty().MaximumLength(500);
        RuleFor(r => r.ImprovementRequests).MaximumCount(MaxItems).WithMessage(_ => AtMost);
        RuleForEach(r => r.ImprovementRequests).NotEmpty().MaximumLength(500);
    }

    private static string AtMost => Bilingual.Pick($"At most {MaxItems} items.", $"最多 {MaxItems} 项。");
}

public sealed record RecordSampleResults(Guid CandidateId, Guid SampleId, SampleResults Results, long? ExpectedVersion);

/// <summary>
/// <c>POST /api/selection/candidates/{id}/samples/{sampleId}/results</c>: quality and function tests, the verdict,
/// defects found and improvements asked of the supplier. Recorded once per sample.
/// </summary>
public sealed class RecordSampleResultsEndpoint(ISelectionStore store, IMessageBus bus) : Endpoint<RecordSampleResultsRequest, CandidateDetails>
{
    public override void Configure()
    {
        Post("/candidates/{id}/samples/{sampleId}/results");
        Group<SelectionGroup>();
        Roles(CandidateRoles.Writers);
    }

    public override Task HandleAsync(RecordSampleResultsRequest request, CancellationToken ct)
    {
        var results = new SampleResults(Trimmed(request.QualityTest!), Trimmed(request.FunctionTest!), request.Verdict!.Value,
            [.. (request.Defects ?? []).Select(d => d.Trim())], [.. (request.ImprovementRequests ?? []).Select(i => i.Trim())]);
        return this.UpdateAsync<CandidateDetails>(bus, store, expected => new RecordSampleResults(request.Id, request.SampleId, results, expected), ct);
    }

    private static SampleTest Trimmed(SampleTest test) => test with { Notes = test.Notes?.Trim() };
}

public static class RecordSampleResultsHandler
{
    public static Outcome Handle(RecordSampleResults command, [WriteAggregate(Required = false)] IEventStream<Candidate> candidate,
        IMessageContext context, TimeProvider time) =>
        candidate.Decide(command.CandidateId, command.ExpectedVersion,
            c => c.RecordSampleResults(command.SampleId, command.Results, context.Actor(), time.GetUtcNow()));
}
