using Samverkan.BuildingBlocks.Infrastructure;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.BuildingBlocks.Infrastructure.Scheduling;
using Samverkan.Host;
using Samverkan.Host.Abuse;
using Samverkan.Host.Admin;
using Samverkan.Bus.Infrastructure;
using Samverkan.Host.Errors;
using Samverkan.Host.Health;
using Samverkan.Host.OpenApi;
using Samverkan.Host.Security;
using Samverkan.Host.Startup;
using Samverkan.Host.Testing;
using Samverkan.Notifications.Infrastructure;
using Samverkan.OperativeForums.Infrastructure;
using Samverkan.SchoolAttendance.Infrastructure;
using Samverkan.SocialServices.Infrastructure;
using Samverkan.Sip.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
var connectionString = builder.Configuration.GetConnectionString("Samverkan")
    ?? throw new InvalidOperationException("ConnectionStrings:Samverkan is not set (build/run.sh sets it, or set ConnectionStrings__Samverkan).");

builder.Logging.ClearProviders();
builder.Logging.AddJsonConsole(options => options.IncludeScopes = false);

// Registered first: hosted services start in order, so migrations are applied before the outbox relay and
// the scheduler touch the database.
builder.Services.AddStartupMigrations(connectionString);
builder.Services.AddBuildingBlocks(builder.Configuration);
builder.Services
    .AddOperativeForumsModule(connectionString, builder.Configuration)
    .AddSchoolAttendanceModule(connectionString)
    .AddSocialServicesModule(connectionString)
    .AddSipModule(connectionString)
    .AddBusModule(connectionString)
    .AddNotificationsModule(connectionString, builder.Configuration);
builder.Services.AddSlowTestJob(builder.Environment, builder.Configuration);

// After the modules: they declare the commands the scheduler sends.
builder.Services.AddSamverkanScheduler(builder.Configuration, connectionString, HealthRegistration.ReadyTag);
builder.Services.AddSamverkanAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddSamverkanRateLimits(builder.Configuration);
builder.Services.AddRequestBodyLimit(builder.Configuration);
builder.Services.AddSharedDataProtection(builder.Configuration, connectionString);
builder.Services.AddAdminConsole(builder.Configuration);
builder.Services.AddJobsDashboard();
builder.Services.AddSamverkanProblemDetails();
builder.Services.AddSamverkanHealthChecks(connectionString);
builder.Services.AddSamverkanOpenApi();
builder.Services.AddFrontEndCors(builder.Configuration);
builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(30));

var app = builder.Build();
var openApi = OpenApiExposure.For(app.Environment, app.Configuration);

app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestBodyLimit();
if (openApi.SwaggerUi)
{
    // Ahead of authorisation, whose fallback policy would answer the page itself 401; the API stays closed.
    app.UseSwaggerUI(options => options.SwaggerEndpoint("/openapi/v1.json", "Samverkan v1"));
}

// Before authentication: a browser's preflight carries no token.
app.UseFrontEndCors(builder.Configuration);
app.UseAuthentication();
// After sign-in, so a signed-in user is limited by their own id rather than the address they share.
app.UseRateLimiter();
app.UseAuthorization();
app.UseIdempotencyKeys();

var document = app.MapOpenApi();
if (openApi.DocumentIsPublic)
{
    document.AllowAnonymous();
}

if (app.Environment.IsDevelopment())
{
    app.MapDevelopmentTokens();
}

app.MapSamverkanHealthChecks();
var api = app.MapGroup("/api/v1").WithProblemResponses().WithInputBounds();
api.MapOperativeForumsEndpoints();
api.MapSchoolAttendanceEndpoints();
api.MapSocialServicesEndpoints();
api.MapSipEndpoints();
api.MapBusEndpoints();
api.MapNotificationsEndpoints();
app.MapRazorPages();
app.MapJobsDashboard();

await app.RunAsync();

/// <summary>The entry point, visible to the API tests' WebApplicationFactory.</summary>
public partial class Program;
