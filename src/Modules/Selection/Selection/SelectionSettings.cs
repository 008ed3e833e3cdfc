using FastEndpoints;
using FluentValidation;
using Ops.Shared.Settings;

namespace Ops.Selection;

/// <summary>Policy parameters of selection (selection.md, "Policy parameters"), defaults from the spec.</summary>
public sealed record SelectionSettings : IPolicySettings
{
    public static string Module => "selection";

    /// <summary>Days before a qualification document expires that a warning is raised.</summary>
    public int WarnDaysBeforeExpiry { get; init; } = 30;
}

public sealed class SelectionSettingsValidator : Validator<SelectionSettings>
{
    public SelectionSettingsValidator()
    {
        RuleFor(s => s.WarnDaysBeforeExpiry).InclusiveBetween(1, 365);
    }
}

public sealed class GetSettings(ISelectionStore store) : GetSettingsEndpoint<SelectionSettings, ISelectionStore, SelectionGroup>(store);

public sealed class ChangeSettings(ISelectionStore store, TimeProvider time)
    : ChangeSettingsEndpoint<SelectionSettings, ISelectionStore, SelectionGroup>(store, time);
