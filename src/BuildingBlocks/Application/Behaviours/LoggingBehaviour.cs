using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Samverkan.BuildingBlocks.Application.Behaviours;

/// <summary>
/// Logs the request's type and duration only. Never the request itself: it may hold a personnummer or a
/// name, and logs are not the place for personal data.
/// </summary>
public sealed partial class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            LogHandled(typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            LogFailed(typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handled {RequestType} in {ElapsedMs:F1} ms")]
    private partial void LogHandled(string requestType, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{RequestType} ended with {ExceptionType} after {ElapsedMs:F1} ms")]
    private partial void LogFailed(string requestType, double elapsedMs, string exceptionType);
}
