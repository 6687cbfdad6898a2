/** A file size as the messages say it: `3.2 MB` below 10 MB, whole megabytes above (`100 MB`). */
export const formatMegabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
