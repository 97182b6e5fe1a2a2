/** The version of KCN Hub, as the API, backups and the command line state it. */
export const APP_VERSION = '0.1.0';
