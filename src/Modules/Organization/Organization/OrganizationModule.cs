using FastEndpoints;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Ops.Organization.ApiClients;
using Ops.Organization.Auth;
using Ops.Organization.Departments;
using Ops.Organization.Employees;
using Ops.Organization.Positions;
using Ops.Organization.Stores;
using Ops.Organization.Users;
using Ops.Organization.Work;
using Ops.Shared.Modules;
using Ops.Shared.Settings;

namespace Ops.Organization;

/// <summary>The organisation's own Marten store, schema <c>organization</c>.</summary>
public interface IOrganizationStore : IDocumentStore;

public sealed class OrganizationGroup : Group
{
    public OrganizationGroup() => Configure("org", ep => ep.Description(d => d.WithTags(OrganizationModule.Module.Tag)));
}

/// <summary>Login and tokens: anonymous by nature, tagged with the organisation that owns the accounts.</summary>
public sealed class AuthGroup : Group
{
    public AuthGroup() => Configure("auth", ep => ep.Description(d => d.WithTags(OrganizationModule.Module.Tag)));
}

public static class OrganizationModule
{
    public static readonly OpsModule Module = new("org", typeof(OrganizationModule).Assembly)
    {
        Schema = "organization",
        Tag = "Organization",
        Description = "Stores, departments, positions, employees, user accounts, API clients and signing in.",
    };

    /// <summary>Stores, people, accounts, API clients and the authentication every other module relies on.</summary>
    public static WebApplicationBuilder AddOrganizationModule(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOpsModule(Module);
        var accounts = new ActiveAccounts();
        services.AddSingleton(accounts);
        services.AddModuleStore<IOrganizationStore>(Module, options =>
        {
            options.Listeners.Add(accounts);
            options.AddPolicySettings<OrganizationSettings>();
            UserAccountView.Configure(options);
            LoginActivity.Configure(options);
            ApiClientView.Configure(options);
            StoreView.Configure(options);
            DepartmentView.Configure(options);
            PositionView.Configure(options);
            EmployeeView.Configure(options);
            WorkItem.Configure(options);
        });
        services.AddOpsAuthentication(builder.Configuration, builder.Environment);
        services.AddModuleSeed<OrganizationStructureSeed>();
        services.AddModuleSeed<OrganizationSeed>();
        builder.AddDemoData<EmployeeDemoData>();
        return builder;
    }
}
