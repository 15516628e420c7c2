namespace Samverkan.OperativeForums.Contracts;

/// <summary>Local operative forums and the organisation directory. One name per concept: folder, namespace, schema and route.</summary>
public static class OperativeForumsModule
{
    public const string Name = "OperativeForums";
    public const string Schema = "operative_forums";
}
