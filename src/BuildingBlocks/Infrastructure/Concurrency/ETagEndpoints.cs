using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.BuildingBlocks.Infrastructure.Concurrency;

/// <summary>Whether an endpoint requires If-Match (PUT, PATCH, DELETE), honours it when sent (POST actions) or only answers an ETag (GET).</summary>
public enum IfMatchRule
{
    None,
    Optional,
    Required,
}

/// <summary>Endpoint metadata the OpenAPI transformer documents: the ETag header, If-Match, 412 and 428.</summary>
public sealed record ETagMetadata(IfMatchRule IfMatch);

public static class ETagEndpoints
{
    /// <summary>
    /// The one mechanism for ETag and If-Match. A GET answers the resource's ETag; a write answers the new one;
    /// PUT, PATCH and DELETE require If-Match (428 without; a PUT that creates sends If-None-Match: * instead),
    /// a POST action honours it when sent; a stale tag is 412 carrying the current ETag. See ADR 0010.
    /// </summary>
    public static RouteHandlerBuilder WithETag(this RouteHandlerBuilder builder, VersionedResource resource, IfMatchRule? ifMatch = null)
    {
        builder.Add(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            var rule = ifMatch ?? RuleFor(methods);
            endpoint.Metadata.Add(new ETagMetadata(rule));
            endpoint.FilterFactories.Add((_, next) => context => new ETagFilter(resource, rule).InvokeAsync(context, next));
        });
        return builder;
    }

    private static IfMatchRule RuleFor(IReadOnlyCollection<string> methods) =>
        methods.Any(m => HttpMethods.IsPut(m) || HttpMethods.IsPatch(m) || HttpMethods.IsDelete(m)) ? IfMatchRule.Required
        : methods.Any(HttpMethods.IsPost) ? IfMatchRule.Optional
        : IfMatchRule.None;

    private sealed class ETagFilter(VersionedResource resource, IfMatchRule rule)
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var http = context.HttpContext;
            var cancellationToken = http.RequestAborted;
            var expectations = http.RequestServices.GetRequiredService<ExpectedVersions>();
            var ifMatch = http.Request.Headers.IfMatch.ToString();
            var createOnly = http.Request.Headers.IfNoneMatch.ToString().Trim() == "*";
            string? readBefore = null;
            if (rule == IfMatchRule.None)
            {
                // Read before the handler: a write between the two reads then makes the tag too old (a 412 later), never too new.
                readBefore = await resource.CurrentTagAsync(http, cancellationToken);
            }
            else if (ifMatch.Length == 0 && !createOnly)
            {
                if (rule == IfMatchRule.Required)
                {
                    return Problem(StatusCodes.Status428PreconditionRequired, "If-Match required",
                        "Send the ETag you read in If-Match (or If-None-Match: * to create), so that no one else's change is overwritten.", null);
                }
            }
            else if (await RefuseBeforeHandlerAsync(http, ifMatch, createOnly, expectations, cancellationToken) is { } refused)
            {
                return refused;
            }

            object? result;
            try
            {
                result = await next(context);
            }
            catch (Exception exception) when (exception is PreconditionFailedException
                || (exception is DbUpdateConcurrencyException && (ifMatch.Length > 0 || createOnly))
                || (expectations.HasMismatch && exception is BusinessRuleViolationException or ConflictException or DbUpdateException))
            {
                return await StaleAsync(http, cancellationToken);
            }

            if (result is IStatusCodeHttpResult { StatusCode: >= 400 })
            {
                return result;
            }

            var tag = rule == IfMatchRule.None ? readBefore : resource.SavedTag(http) ?? await resource.CurrentTagAsync(http, cancellationToken);
            if (tag is not null)
            {
                http.Response.Headers.ETag = Quote(tag);
            }

            return result;
        }

        // An aggregate's tag is pinned and checked when the handler loads it, after the handler's own access
        // check; a computed tag is compared here.
        private async Task<IResult?> RefuseBeforeHandlerAsync(
            HttpContext http, string ifMatch, bool createOnly, ExpectedVersions expectations, CancellationToken cancellationToken)
        {
            if (createOnly)
            {
                return await resource.CurrentTagAsync(http, cancellationToken) is null ? null : await StaleAsync(http, cancellationToken);
            }

            if (!EntityTagHeaderValue.TryParseList([ifMatch], out var tags) || tags.Count == 0)
            {
                return Problem(StatusCodes.Status400BadRequest, "If-Match is not valid", "If-Match is a quoted entity tag as the ETag header gave it, e.g. \"3\".", null);
            }

            if (tags.Count == 1 && !tags[0].IsWeak && tags[0] != EntityTagHeaderValue.Any && resource.Pin(http, Unquote(tags[0])) is { } pin)
            {
                expectations.Expect(pin);
                return null;
            }

            var current = await resource.CurrentTagAsync(http, cancellationToken);
            var matches = current is not null && tags.Any(tag => tag == EntityTagHeaderValue.Any || (!tag.IsWeak && Unquote(tag) == current));
            return matches ? null : await StaleAsync(http, cancellationToken);
        }

        private async Task<IResult> StaleAsync(HttpContext http, CancellationToken cancellationToken)
        {
            var current = await resource.CurrentTagAsync(http, cancellationToken);
            if (current is not null)
            {
                http.Response.Headers.ETag = Quote(current);
            }

            return Problem(StatusCodes.Status412PreconditionFailed, "Changed since you read it",
                "Someone else changed this since the version you sent in If-Match (or it already exists). Read it again: the current version is in the ETag header and in currentETag.",
                current is null ? null : Quote(current));
        }

        private static IResult Problem(int status, string title, string detail, string? currentETag) =>
            TypedResults.Problem(detail, statusCode: status, title: title,
                extensions: currentETag is null ? null : new Dictionary<string, object?> { ["currentETag"] = currentETag });

        private static string Quote(string tag) => $"\"{tag}\"";

        private static string Unquote(EntityTagHeaderValue tag) => tag.Tag.Value!.Trim('"');
    }
}
