using JasperFx;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Ops.Shared.Audit;
using Ops.Shared.Http;
using Weasel.Core;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Shared.Modules;

public static class OpsDatabase
{
    /// <summary><c>ConnectionStrings:Ops</c> (env <c>ConnectionStrings__Ops</c>), falling back to <c>OPS_DB</c>.</summary>
    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Ops") is { Length: > 0 } configured ? configured
        : configuration["OPS_DB"] is { Length: > 0 } fromEnvironment ? fromEnvironment
        : throw new InvalidOperationException(
            "No database: set ConnectionStrings__Ops or OPS_DB to a PostgreSQL connection string (./ops db prints one).");

    /// <summary>The most connections the host opens when the connection string does not say (<c>Maximum Pool Size</c>).</summary>
    public const int DefaultMaxPoolSize = 40;

    /// <summary>How many statements each connection keeps prepared when the connection string does not say (<c>Max Auto Prepare</c>).</summary>
    public const int DefaultMaxAutoPrepare = 50;

    /// <summary>
    /// The host's one pool of connections, shared by every module's store, Wolverine's inbox and outbox and the health
    /// check (registered by <see cref="AddOpsDatabase"/>). One pool per store would let each open a hundred: five stores
    /// held 69 connections after a benchmark, of the cluster's 100 that every host and suite on it shares. At most
    /// <see cref="DefaultMaxPoolSize"/> unless the connection string sets <c>Maximum Pool Size</c>; a request that finds
    /// every connection busy waits for one (a 503 with <c>Retry-After</c> if none frees within the pool's timeout).
    /// </summary>
    public static IServiceCollection AddOpsDatabase(this IServiceCollection services) =>
        services.AddSingleton(sp =>
        {
            var connection = new NpgsqlConnectionStringBuilder(ConnectionString(sp.GetRequiredService<IConfiguration>()));
            if (!connection.ContainsKey("Maximum Pool Size")) connection.MaxPoolSize = DefaultMaxPoolSize;
            // Statements run often are prepared once per connection (Npgsql re-prepares one whose table a migration
            // changed): about a quarter more reads per second in the benchmark (docs/benchmarks.md).
            if (!connection.ContainsKey("Max Auto Prepare")) connection.MaxAutoPrepare = DefaultMaxAutoPrepare;
            return NpgsqlDataSource.Create(connection.ConnectionString);
        });

    /// <summary>
    /// <c>Ops:Database:ApplyChangesOnStart</c>: whether the host creates and alters its schema (every module store's
    /// and Wolverine's) when it starts. Off unless configured (on in appsettings.Development.json and in the tests):
    /// elsewhere the schema changes only when someone runs <c>./ops db migrate</c>, never as a side effect of a start.
    /// </summary>
    public static bool AppliesChangesOnStart(IConfiguration configuration) =>
        configuration.GetValue("Ops:Database:ApplyChangesOnStart", false);

    /// <summary>What a store may do to the schema on its own: everything, or nothing when the changes are migrated explicitly.</summary>
    public static AutoCreate SchemaChanges(IConfiguration configuration) =>
        AppliesChangesOnStart(configuration) ? AutoCreate.CreateOrUpdate : AutoCreate.None;

    /// <summary>What to run when the schema is not what this build expects (the host's start-up check says it).</summary>
    public const string MigrateCommand = "`./ops db migrate` (from a published host: `dotnet Ops.Host.dll resources setup`)";
}

public static class ModuleStore
{
    /// <summary>
    /// A module's own event-sourced store in its own schema, with the metadata every event carries
    /// (actor, correlation, causation, headers) and the shared Wolverine outbox.
    /// </summary>
    public static void AddModuleStore<TStore>(this IServiceCollection services, OpsModule module, Action<StoreOptions> configure)
        where TStore : class, IDocumentStore
    {
        services.AddMartenStore<TStore>(sp =>
        {
            var options = new StoreOptions();
            var configuration = sp.GetRequiredService<IConfiguration>();
            options.Connection(sp.GetRequiredService<NpgsqlDataSource>());
            options.DatabaseSchemaName = module.Schema;
            options.AutoCreateSchemaObjects = OpsDatabase.SchemaChanges(configuration);
            options.UseSystemTextJsonForSerialization(JsonSerializerOptionsProvider.Configure(new()), EnumStorage.AsString, Casing.CamelCase);
            options.Events.MetadataConfig.EnableAll();
            options.Events.MetadataConfig.UserNameEnabled = true; // not part of EnableAll: the actor of every event
            options.Events.UseAdvisoryLockTransaction = true;
            options.Schema.For<IdempotencyRecord>().Identity(r => r.Id);
            configure(options);
            // Every event the module declares for history is known to the store from the start, not on first append:
            // the history document and the audit tests read this list.
            options.Events.AddEventTypes(HistoryAttribute.DeclaredIn(module.Assembly));
            options.Listeners.Add(new OnlyDeclaredEvents());
            options.Listeners.Add(new ActorNameHeaders());
            return options;
        }).IntegrateWithWolverine();
        // Every Wolverine handler of the module's assembly writes to this store, by convention rather than by a
        // [MartenStore] on each handler; an architecture test holds each module's handlers to its own store.
        services.ConfigureWolverine(opts => opts.Policies.UseAncillaryStorageFromAssembly(typeof(TStore), module.Assembly));
        services.AddSingleton(new ModuleStoreRegistration(module.Name, module.Schema, sp => sp.GetRequiredService<TStore>()));
    }
}

/// <summary>Lets the host (and tests, and the audit log) reach every module's store without knowing its type.</summary>
public sealed record ModuleStoreRegistration(string Module, string Schema, Func<IServiceProvider, IDocumentStore> Resolve);
