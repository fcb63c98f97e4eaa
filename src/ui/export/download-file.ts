import type { RenderedExport } from '../../core/formats';

/** Saves a file through the browser's download flow: a Blob URL on a temporary <a download>. */
export function downloadFile(file: RenderedExport): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a later tick is enough.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
