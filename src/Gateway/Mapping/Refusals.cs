using SanguoOrleans.Grains.Interfaces;
using SanguoOrleans.Protocol;
using ErrorCode = SanguoOrleans.Protocol.ErrorCode;

namespace SanguoOrleans.Gateway.Mapping;

/// <summary>Grain refusals as protocol errors: code 100 + the refusal's number, so the two lists stay one-to-one.</summary>
internal static class Refusals
{
    /// <summary>The protocol's code for a grain refusal.</summary>
    public const int Offset = 100;

    public static ErrorCode ToErrorCode(RefusalCode code) => (ErrorCode)(Offset + (int)code);

    public static Error ToError(Refusal refusal) => new() { Code = ToErrorCode(refusal.Code), Message = refusal.Message };

    public static Error Error(ErrorCode code, string message) => new() { Code = code, Message = message };
}
