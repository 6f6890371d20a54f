namespace SanguoOrleans.Gateway.Security;

/// <summary>The TLS certificate both gateway listeners use, bound from "Gateway:Certificate"; none means plain text.</summary>
public sealed class GatewayCertificateOptions
{
    /// <summary>Path of a PKCS#12 (.pfx) file holding the certificate and its private key.</summary>
    public string? Path { get; set; }

    /// <summary>The PFX file's password, if it has one.</summary>
    public string? Password { get; set; }
}
