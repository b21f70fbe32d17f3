namespace Kechuang.Common;

/// <summary>Base of the errors a use case reports to its caller; the web layer turns each into ProblemDetails.</summary>
public abstract class KechuangException(string message) : Exception(message);

/// <summary>Bad input: 400 with <see cref="Errors"/> keyed by camelCase field name.</summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
    : KechuangException("输入有误：" + string.Join("；", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public ValidationFailedException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }
}

/// <summary>The record does not exist, or the caller may not know that it does: 404.</summary>
public sealed class NotFoundException(string message) : KechuangException(message);

/// <summary>The caller's role or region does not allow this: 403.</summary>
public sealed class ForbiddenException(string message) : KechuangException(message);

/// <summary>Stale edit or a duplicate: 409.</summary>
public sealed class ConflictException(string message) : KechuangException(message);
