using FastEndpoints;
using FluentValidation;
using Ops.Shared.Settings;

namespace Ops.Organization;

/// <summary>Policy parameters of the organisation module (organization.md).</summary>
public sealed record OrganizationSettings : IPolicySettings
{
    public static string Module => "org";

    /// <summary>Consecutive failed logins that lock an account.</summary>
    public int MaxFailedLogins { get; init; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public int LockoutMinutes { get; init; } = 15;

    /// <summary>Lifetime of an access token issued at login.</summary>
    public int AccessTokenMinutes { get; init; } = 60;
}

public sealed class OrganizationSettingsValidator : Validator<OrganizationSettings>
{
    public OrganizationSettingsValidator()
    {
        RuleFor(s => s.MaxFailedLogins).InclusiveBetween(1, 100);
        RuleFor(s => s.LockoutMinutes).InclusiveBetween(1, 24 * 60);
        RuleFor(s => s.AccessTokenMinutes).InclusiveBetween(5, 24 * 60);
    }
}

public sealed class GetSettings(IOrganizationStore store) : GetSettingsEndpoint<OrganizationSettings, IOrganizationStore, OrganizationGroup>(store);

public sealed class ChangeSettings(IOrganizationStore store, TimeProvider time)
    : ChangeSettingsEndpoint<OrganizationSettings, IOrganizationStore, OrganizationGroup>(store, time);
