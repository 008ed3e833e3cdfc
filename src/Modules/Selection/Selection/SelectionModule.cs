using FastEndpoints;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Ops.Selection.Candidates;
using Ops.Selection.Research;
using Ops.Selection.Suppliers;
using Ops.Shared.Http;
using Ops.Shared.Modules;
using Ops.Shared.Settings;

namespace Ops.Selection;

/// <summary>The selection module's own Marten store, schema <c>selection</c>.</summary>
public interface ISelectionStore : IDocumentStore;

public sealed class SelectionGroup : Group
{
    public SelectionGroup() => Configure("selection", ep => ep.Description(d => d.WithTags(SelectionModule.Module.Tag)));
}

public static class SelectionModule
{
    public static readonly OpsModule Module = new("selection", typeof(SelectionModule).Assembly)
    {
        Description = "Market research, product candidates and their profit estimates, suppliers and samples (selection.md).",
    };

    /// <summary>Market research, candidates, suppliers, samples (selection.md).</summary>
    public static WebApplicationBuilder AddSelectionModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpsModule(Module);
        builder.Services.AddModuleStore<ISelectionStore>(Module, options =>
        {
            options.AddPolicySettings<SelectionSettings>();
            SupplierDetails.Configure(options);
            SupplierDeliveryLog.Configure(options);
            QualificationDocumentOnFile.Configure(options);
            MarketResearchDetails.Configure(options);
            CandidateDetails.Configure(options);
            StoredProfitEstimateConverter.Register(options);
            Skus.Configure(options);
        });
        builder.Services.AddSingleton<IViewForCaller<CandidateDetails>, CandidateGuideForCaller>();
        builder.AddDemoData<SupplierDemoData>();
        builder.AddDemoData<ResearchDemoData>();
        builder.AddDemoData<CandidateDemoData>();
        return builder;
    }
}
