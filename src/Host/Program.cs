using JasperFx;
using Ops.Host;
using Ops.Organization;
using Ops.Listing;
using Ops.Logistics;
using Ops.Selection;
using Ops.Service;

var builder = WebApplication.CreateBuilder(args);

// One line per module: delete a module by deleting its folder and its line.
builder.AddOrganizationModule();
builder.AddSelectionModule();
builder.AddListingModule();
builder.AddLogisticsModule();
builder.AddServiceModule();

builder.AddOpsHost();

var app = builder.Build();
app.UseOpsHost();
return await app.RunJasperFxCommands(args);

/// <summary>Visible to the test host (Alba's <c>AlbaHost.For&lt;Program&gt;</c>).</summary>
public partial class Program;
