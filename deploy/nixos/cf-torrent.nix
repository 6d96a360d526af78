# NixOS module: cf-torrent as a socket-activated container. systemd holds the port, starts the container
# on the first connection, and the app exits by itself after `idleTimeout` seconds without requests.
#
#   imports = [ ./cf-torrent.nix ];
#   services.cf-torrent = { enable = true; image = "localhost/cf-torrent:latest"; };
{ config, lib, ... }:

let
  cfg = config.services.cf-torrent;
  backend = config.virtualisation.oci-containers.backend;
  # oci-containers names each container's unit "<backend>-<name>.service".
  serviceName = "${backend}-cf-torrent";
  listen =
    if cfg.listenAddress == null then toString cfg.port else "${cfg.listenAddress}:${toString cfg.port}";
in
{
  options.services.cf-torrent = {
    enable = lib.mkEnableOption "cf-torrent, a magnet link search started on demand and stopped when idle";

    image = lib.mkOption {
      type = lib.types.str;
      example = "localhost/cf-torrent:latest";
      description = ''
        The container image, built from the repository's Containerfile (`podman build -t cf-torrent .`)
        or pulled from a registry. Pin it by digest for reproducible deployments.
      '';
    };

    port = lib.mkOption {
      type = lib.types.port;
      default = 3000;
      description = "TCP port systemd listens on for cf-torrent.";
    };

    listenAddress = lib.mkOption {
      type = lib.types.nullOr lib.types.str;
      default = null;
      example = "127.0.0.1";
      description = ''
        Address to listen on (IPv6 in brackets), or null for every interface. Use 127.0.0.1 when a
        reverse proxy on this machine (Tailscale serve, Caddy) is in front and its forwarded headers are
        trusted through `environment`.
      '';
    };

    idleTimeout = lib.mkOption {
      type = lib.types.ints.positive;
      default = 300;
      description = ''
        Seconds without requests after which the app exits (IDLE_TIMEOUT); the next connection starts it
        again, in well under a second.
      '';
    };

    environment = lib.mkOption {
      type = lib.types.attrsOf lib.types.str;
      default = { };
      example = {
        ENGINES = "duckduckgo,bing,apibay,nyaa";
        PROTOCOL_HEADER = "x-forwarded-proto";
        HOST_HEADER = "x-forwarded-host";
      };
      description = "Environment of the app: the variables in README \"Configuration\".";
    };

    extraOptions = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [ "--memory=512m" ];
      description = "Extra options for `podman run` (or `docker run`).";
    };

    openFirewall = lib.mkOption {
      type = lib.types.bool;
      default = false;
      description = "Open `port` in the firewall.";
    };
  };

  config = lib.mkIf cfg.enable {
    systemd.sockets.cf-torrent = {
      description = "cf-torrent listening socket";
      wantedBy = [ "sockets.target" ];
      listenStreams = [ listen ];
      # The socket and the container's unit have different names: name the service it starts.
      socketConfig.Service = "${serviceName}.service";
    };

    virtualisation.oci-containers.containers.cf-torrent = {
      inherit (cfg) image extraOptions;
      # Started by the socket only, never at boot.
      autoStart = false;
      environment = { IDLE_TIMEOUT = toString cfg.idleTimeout; } // cfg.environment;
      # No ports: the socket unit owns the port and podman passes it into the container as fd 3.
    };

    systemd.services.${serviceName} = {
      requires = [ "cf-torrent.socket" ];
      after = [ "cf-torrent.socket" ];
      # oci-containers hard-codes Restart=always, which would start the container again the moment it
      # exits for being idle: an idle exit is a clean stop, and the socket starts it on demand.
      serviceConfig.Restart = lib.mkForce "no";
    };

    networking.firewall.allowedTCPPorts = lib.mkIf cfg.openFirewall [ cfg.port ];
  };
}
