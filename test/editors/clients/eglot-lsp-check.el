;;; eglot-lsp-check.el --- headless check of the Copydesk language server from Emacs 28 + Debian's elpa-eglot 1.9
;; Usage: emacs --batch -Q -l eglot-lsp-check.el FILE
;; Env: COPYDESK_LSP_CMD = JSON array, the server command line; HOVER_CODE = optional finding code to hover.
;; Prints one JSON line: {"diagnostics":[...],"hover":"..."}; exits 0 when both arrived.
(require 'package)
;; With -Q, Debian's elpa-* packages are not on the load path until the package system is pointed at them.
(setq package-directory-list (list "/usr/share/emacs/site-lisp/elpa"))
(package-initialize)
(require 'eglot)
(require 'json)

(define-derived-mode copydesk-article-mode text-mode "Article")
(defvar check-cmd (append (json-read-from-string (getenv "COPYDESK_LSP_CMD")) nil))
(setq eglot-sync-connect t eglot-connect-timeout 20 eglot-autoshutdown t eglot-events-buffer-size 0)

(defvar check-diags nil)
(defvar check-diags-at 0)
(defvar check-out nil)
;; Read the raw notification: flymake's idle timers do not run reliably in batch mode.
(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
  (setq check-diags (append diagnostics nil) check-diags-at (float-time)))

(defun check-finish (code)
  (setq check-out (append check-out
                          `((client . ,(format "emacs %s eglot %s" emacs-version
                                               (package-version-join (package-desc-version (cadr (assq 'eglot package-alist)))))))))
  (princ (concat (json-encode check-out) "\n"))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs code))

(let ((file (car command-line-args-left)))
  (setq command-line-args-left nil)
  (find-file file)
  (copydesk-article-mode)
  (condition-case err
      (progn
        ;; eglot 1.9 takes a list of major modes. The project must be the one eglot will look up for the buffer
        ;; (the enclosing git checkout, when there is one), or it never sends didOpen.
        (eglot '(copydesk-article-mode) (or (project-current) `(transient . ,default-directory))
               'eglot-lsp-server check-cmd "copydesk")
        ;; References are indexed after the first analysis, so a second publish follows the first: wait for a diagnostic
        ;; with code $HOVER_CODE when one is asked for (on a loaded machine the cross-check can come well after the
        ;; first batch), then until publishes settle for half a second.
        (let ((deadline (+ (float-time) 30))
              (want (getenv "HOVER_CODE")))
          (while (and (< (float-time) deadline)
                      (or (null check-diags)
                          (and want (> (length want) 0)
                               (not (seq-some (lambda (d) (equal (plist-get d :code) want)) check-diags)))
                          (< (- (float-time) check-diags-at) 0.5)))
            (accept-process-output nil 0.05)))
        (unless check-diags (setq check-out '((error . "no diagnostics within 30s"))) (check-finish 1))
        (setq check-out
              `((diagnostics . ,(vconcat
                                 (mapcar (lambda (d)
                                           (let ((start (plist-get (plist-get d :range) :start)))
                                             `((line . ,(plist-get start :line))
                                               (col . ,(plist-get start :character))
                                               (severity . ,(plist-get d :severity))
                                               (code . ,(plist-get d :code))
                                               (message . ,(plist-get d :message))
                                               (source . ,(plist-get d :source)))))
                                         check-diags)))))
        ;; Hover where a diagnostic starts (the first with code $HOVER_CODE, else the first).
        (let* ((want (getenv "HOVER_CODE"))
               (d (or (seq-find (lambda (x) (equal (plist-get x :code) want)) check-diags) (car check-diags)))
               (start (plist-get (plist-get d :range) :start))
               (res (jsonrpc-request (eglot-current-server) :textDocument/hover
                                     `(:textDocument ,(eglot--TextDocumentIdentifier) :position ,start)))
               (contents (plist-get res :contents)))
          (setq check-out (append check-out `((hover . ,(if (stringp contents) contents (plist-get contents :value))))))
          (check-finish 0)))
    (error (setq check-out `((error . ,(error-message-string err)))) (check-finish 1))))
