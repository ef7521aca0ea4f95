// The web validator's only script, served by the server. The page works without it: it adds
// dropping a file on the form and clears the pasted text when a file is chosen (a chosen file
// wins over pasted text on the server too).
(function () {
  'use strict';
  var drop = document.getElementById('drop');
  var file = document.getElementById('file');
  var text = document.getElementById('text');
  if (!drop || !file) {
    return;
  }
  ['dragenter', 'dragover'].forEach(function (type) {
    drop.addEventListener(type, function (event) {
      event.preventDefault();
      drop.classList.add('over');
    });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    drop.addEventListener(type, function () {
      drop.classList.remove('over');
    });
  });
  drop.addEventListener('drop', function (event) {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length > 0) {
      file.files = event.dataTransfer.files;
      if (text) {
        text.value = '';
      }
    }
  });
  file.addEventListener('change', function () {
    if (file.files.length > 0 && text) {
      text.value = '';
    }
  });
})();
