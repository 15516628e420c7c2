using System.Text.Json;
using System.Text.Json.Serialization;
using Samverkan.BuildingBlocks.Contracts.Deadlines;

namespace Samverkan.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Compile-time JSON code for the deadline events, the outbox's largest traffic: the check writes one per due
/// deadline (10,000 in a batch) and the relay reads each back. The same Web defaults as every other event, so
/// the payloads are what reflection wrote before; other events still go by reflection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DeadlineOpened))]
[JsonSerializable(typeof(DeadlineExtended))]
[JsonSerializable(typeof(DeadlineMet))]
[JsonSerializable(typeof(DeadlineBreached))]
[JsonSerializable(typeof(DeadlineReassigned))]
[JsonSerializable(typeof(DeadlineCancelled))]
internal sealed partial class DeadlineEventsJsonContext : JsonSerializerContext;
