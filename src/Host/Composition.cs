using System.Text.Json;
using FluentValidation;
using FastEndpoints;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.Resources;
using Marten;
using Npgsql;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;
using Ops.Host.OpenApi;
using Ops.Shared.Audit;
using Ops.Shared.Calendar;
using Ops.Host.Problems;
using Ops.Shared.Http;
using Ops.Shared.Modules;
using Ops.Shared.Settings;
using Scalar.AspNetCore;
using Wolverine;
using Wolverine.Marten;

namespace Ops.Host;

/// <summary>Everything the modules share at run time: messaging, endpoints, auth, problems, OpenAPI, health.</summary>
public static class Composition
{
    public const string OpenApiPath = "/openapi/{documentName}.json";

    public static WebApplicationBuilder AddOpsHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var modules = services.RegisteredModules();
        var schemaChanges = OpsDatabase.SchemaChanges(builder.Configuration);

        services.AddSingleton(TimeProvider.System);
        services.AddOpsDatabase();
        services.AddSingleton<StoreResults>();
        // Validation messages name fields as the client sends them ('displayName', not 'display Name').
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        services.ConfigureHttpJsonOptions(o => JsonSerializerOptionsProvider.Configure(o.SerializerOptions));

        builder.Host.UseWolverine(opts =>
        {
            // One durable inbox/outbox (schema "wolverine") shared by every module store.
            opts.Durability.MessageStorageSchemaName = "wolverine";
            opts.Durability.Mode = Durability(builder.Configuration);
            opts.AutoBuildMessageStorageOnStartup = schemaChanges;
            opts.Services.AddMarten(sp =>
            {
                var m = new StoreOptions();
                m.Connection(sp.GetRequiredService<NpgsqlDataSource>());
                m.DatabaseSchemaName = "ops";
                m.Logger(MartenLog.For(sp.GetRequiredService<ILoggerFactory>(), nameof(IDocumentStore)));
                m.AutoCreateSchemaObjects = schemaChanges;
                m.Events.UseAdvisoryLockTransaction = true;
                DatabaseSchemaCheck.Configure(m);
                return m;
            }).IntegrateWithWolverine();

            opts.Policies.AutoApplyTransactions();
            opts.Policies.UseDurableLocalQueues();
            opts.MultipleHandlerBehavior = MultipleHandlerBehavior.Separated;
            opts.EnableRelayOfUserName = true;
            opts.MetadataRules.Add(new ActorNameRelay()); // the display name travels beside the user name (ADR 0018)
            opts.Policies.AddMiddleware(typeof(DeadlineMessages), DeadlineMessages.Applies);
            opts.Policies.AddMiddleware(typeof(ActorNameMessages));
            opts.Policies.Add<PolicySettingsParameters>();
            opts.ApplyMessageHandlingPolicy();
            foreach (var module in modules) opts.Discovery.IncludeAssembly(module.Assembly);
            // The host's ASP.NET Core handlers are named like message handlers; without this, Wolverine builds a chain
            // that "handles" RequestDelegate, which fails the moment its code is generated.
            opts.Discovery.CustomizeHandlerDiscovery(types =>
            {
                types.Excludes.Implements<IAuthorizationMiddlewareResultHandler>();
                types.Excludes.Implements<IExceptionHandler>();
            });

            // The handlers' code is generated at build time (`./ops codegen`, src/Host/Internal/Generated) and compiled into
            // the host, so it never loads the compiler for them (ADR 0014); a handler without such code (a test's probe) is
            // still compiled on first use, and its source is not written anywhere.
            // The host's assembly holds that code, also when a test starts the host (its entry assembly is then the runner's).
            opts.ApplicationAssembly = typeof(Composition).Assembly;
            opts.CodeGeneration.TypeLoadMode = TypeLoadMode.Auto;
            opts.CodeGeneration.SourceCodeWritingEnabled = false;
        });
        if (schemaChanges == AutoCreate.None) DatabaseSchemaCheck.Register(services);
        else services.AddResourceSetupOnStartup();
        services.AddModuleSeedRunner();

        services.AddFastEndpoints(o =>
        {
            // Each module hands in its own assembly; scanning everything loaded breaks on unreflectable assemblies.
            o.DisableAutoDiscovery = true;
            o.Assemblies = modules.Select(m => m.Assembly).Append(typeof(Composition).Assembly); // the host's own: /api/ops
        });

        services.AddAuthorization();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddProblemDetails();

        services.AddOpsOpenApi(modules);

        services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("postgresql", tags: ["ready"])
            .AddCheck<DeadLetterHealthCheck>("deadLetters", tags: ["ready"]);
        services.AddRequestLocalization(o =>
        {
            string[] cultures = ["en", "zh-CN"];
            o.SetDefaultCulture("en").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
        });

        if (!builder.Environment.IsDevelopment()) builder.Logging.AddJsonConsole();
        return builder;
    }

    public static WebApplication UseOpsHost(this WebApplication app)
    {
        app.UseCorrelationId();
        app.UseExceptionHandler();
        app.UseRequestLocalization();
        app.UseProblemsForEmptyErrors();

        // The web client (SPA), when built: wwwroot in the Docker image, web-client/dist in the repository.
        var spa = SpaFiles(app.Environment);
        if (spa is not null)
        {
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = spa });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = spa });
        }

        app.UseAuthentication();
        app.UseMessageContextFromRequest();
        app.UseApiClientScopes();
        app.UseAuthorization();
        app.UseJsonForBodylessWrites();

        app.UseFastEndpoints(c =>
        {
            c.Endpoints.RoutePrefix = "api";
            JsonSerializerOptionsProvider.Configure(c.Serializer.Options);
            c.Serializer.RequestDeserializer = RequestJson.DeserializeAsync;
            c.Binding.JsonExceptionTransformer = RequestJson.Transform;
            c.Errors.StatusCode = StatusCodes.Status400BadRequest;
            c.Errors.ProducesMetadataType = typeof(Problem);
            c.Errors.ResponseBuilder = ValidationProblems.Build;
        });

        // No "servers": the document describes the API wherever it is served (and stays byte-stable for the web client).
        app.UseOpenApi(p =>
        {
            p.Path = OpenApiPath;
            p.PostProcess = (document, _) => document.Servers.Clear();
        });
        app.MapScalarApiReference("/scalar", o => o.WithTitle("Ops API").WithOpenApiRoutePattern(OpenApiPath));

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponses.WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthResponses.WriteAsync });

        // Client-side routes (/org/users) get index.html; API, document, reference, health and missing files keep their 404s.
        if (spa is not null)
            app.MapFallbackToFile("{*path:nonfile:regex(^(?!(api|openapi|scalar|health)(/|$)))}", "index.html", new StaticFileOptions { FileProvider = spa });
        return app;
    }

    /// <summary>
    /// <c>Ops:Messaging:Durability</c>. <c>Balanced</c> (the default) lets several hosts share one database: they elect
    /// a leader, which gives the inbox/outbox recovery and the polling for due scheduled messages (deadlines) to one
    /// of them, and each due message is claimed under a lock, so it fires once. <c>Solo</c> runs all of that on this
    /// host straight away and takes over whatever a previous run left: right only where one host is certain
    /// (a developer's machine, a test suite), wrong beside another host.
    /// </summary>
    private static DurabilityMode Durability(IConfiguration configuration)
    {
        var mode = configuration.GetValue("Ops:Messaging:Durability", DurabilityMode.Balanced);
        return mode is DurabilityMode.Balanced or DurabilityMode.Solo
            ? mode
            : throw new InvalidOperationException($"Ops:Messaging:Durability is {mode}: Balanced (several hosts on one database) or Solo (one host).");
    }

    private static PhysicalFileProvider? SpaFiles(IWebHostEnvironment environment) =>
        new[] { Path.Combine(environment.ContentRootPath, "wwwroot"), Path.Combine(environment.ContentRootPath, "..", "..", "web-client", "dist") }
            .Select(Path.GetFullPath)
            .Where(dir => File.Exists(Path.Combine(dir, "index.html")))
            .Select(dir => new PhysicalFileProvider(dir))
            .FirstOrDefault();
}
