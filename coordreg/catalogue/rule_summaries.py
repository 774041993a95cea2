"""What each finding code checks, in one Vietnamese sentence, for `coordreg rules --lang vi`.

The English sentence is the first line of the rule's documentation (its module
docstring, or its entry in `rules/reading_codes.py` and `rules/schema_codes.py`);
the Vietnamese one is kept here, with the other words coordreg shows. A code
added without a sentence here fails tests/test_cli_language.py.
"""

from __future__ import annotations

SEVERITY_WORDS: dict[str, dict[str, str]] = {
    "vi": {"error": "lỗi", "warning": "cảnh báo"},
    "en": {"error": "error", "warning": "warning"},
}

EXAMPLE_HEADINGS: dict[str, dict[str, str]] = {
    "vi": {"Failing example::": "Ví dụ sai:", "Passing example::": "Ví dụ đúng:"},
    "en": {"Failing example::": "Failing example:", "Passing example::": "Passing example:"},
}

SUMMARIES_VI: dict[str, str] = {
    "CR001": "Tệp không phải YAML hợp lệ.",
    "CR002": "Tệp không được lưu với bảng mã UTF-8.",
    "CR003": "Một khóa xuất hiện hai lần trong cùng một ánh xạ.",
    "CR004": "Các bí danh (alias) mở rộng ra nhiều giá trị hơn mức coordreg đọc (1.000.000).",
    "CR005": "Ánh xạ và danh sách lồng nhau sâu quá 100 cấp.",
    "CR006": "Tệp lớn hơn 10 MiB.",
    "CR007": "Một thẻ (tag) YAML tường minh ngoài các thẻ cơ bản.",
    "CR008": "Một khóa là danh sách hay ánh xạ.",
    "CR009": "Tệp không có văn bản YAML nào, hoặc chỉ có `null`.",
    "CR010": "Cấp trên cùng của tệp không phải là ánh xạ.",
    "CR011": "Tệp có nhiều văn bản YAML (ngăn bằng `---`).",
    "CR012": "Không đọc được tệp: không có, là thư mục, không có quyền, vòng liên kết.",
    "CR013": "Một bí danh (`*tên`) không trỏ tới neo (`&tên`) nào được định nghĩa trước nó.",
    "CR014": "Một tệp có nhiều phát hiện hơn mức coordreg liệt kê (1.000 ở mỗi bước).",
    "CR015": "Tệp có hơn 1.000.000 giá trị (vô hướng, ánh xạ và danh sách).",
    "CR016": "Một khóa mà YAML đọc thành số, giá trị đúng/sai hay rỗng, không phải chữ.",
    "CR017": "Tệp theo định dạng mới hơn định dạng coordreg này đọc được.",
    "CR018": "Một liên kết tượng trưng dẫn ra ngoài kho.",
    "CR101": "Thiếu một khóa bắt buộc.",
    "CR102": "Một giá trị sai kiểu.",
    "CR103": "Một khóa định dạng không có.",
    "CR104": "Một giá trị đúng kiểu nhưng không được phép.",
    "CR201": "Mỗi mã bên, đơn vị, nhiệm vụ, chương, điều và văn bản chỉ dùng một lần.",
    "CR202": "Mã (`id`) của quy chế trùng tên thư mục chứa nó.",
    "CR301": "Mỗi tham chiếu trỏ tới một bên hay đơn vị đã khai báo.",
    "CR302": "Cơ quan chủ trì một nhiệm vụ không đồng thời là cơ quan phối hợp.",
    "CR303": "Cơ quan thường trực của một bên là một đơn vị của chính bên đó.",
    "CR304": "Mỗi bên đều đến lượt chủ trì đánh giá hằng năm.",
    "CR305": "Mỗi cơ quan phối hợp chỉ được kê một lần.",
    "CR306": "Không nhiệm vụ nào do một cơ quan đã chấm dứt chủ trì hay phối hợp.",
    "CR307": "Cơ quan kế thừa là một bên hay đơn vị khác đã khai báo.",
    "CR308": "Các cơ quan kế thừa không tạo thành vòng.",
    "CR309": "Cơ quan kế thừa vẫn còn khi cơ quan trước chấm dứt.",
    "CR401": "Các chương đánh số I, II, III ... theo thứ tự.",
    "CR402": "Các điều đánh số 1, 2, 3 ... liên tục qua các chương.",
    "CR403": "Các khoản đánh số 1, 2, 3 ... trong mỗi điều.",
    "CR404": "Các điểm đánh chữ theo thứ tự bảng chữ cái tiếng Việt.",
    "CR501": "Quy chế có hiệu lực từ ngày ký trở về sau.",
    "CR502": "Một nhiệm vụ làm một lần có hạn trong thời gian quy chế còn hiệu lực.",
    "CR503": "Năm đánh giá đầu tiên không trước năm quy chế có hiệu lực.",
    "CR504": "Ngày hết hiệu lực của quy chế không trước ngày có hiệu lực.",
    "CR601": "Năm của bản đánh giá nằm trong các năm đánh giá của quy chế.",
    "CR602": "Bên chủ trì đánh giá của một năm theo đúng thứ tự luân phiên.",
    "CR603": "Mỗi kết quả nêu một nhiệm vụ của quy chế có hiệu lực trong năm của bản đánh giá.",
    "CR604": "Bản đánh giá nêu đúng quy chế có thư mục chứa nó.",
    "CR605": "Bản đánh giá được đặt tên theo năm của nó.",
    "CR606": "Mỗi nhiệm vụ đến hạn trong năm đều có kết quả.",
    "CR607": "Không tổ chức đánh giá trước khi năm được đánh giá bắt đầu.",
    "CR608": "Bản đánh giá không có tệp `regulation.yaml` ở thư mục bên trên.",
    "CR609": "Bên chủ trì đánh giá là một bên của quy chế.",
    "CR610": "Nhiệm vụ chưa hoàn thành năm trước có kết quả ở năm sau.",
    # CR611 and CR620-CR629 come with branch i-xlsx18 (main): their sentences wait here.
    "CR611": "Ngày hoàn thành một nhiệm vụ nằm trong năm mà bản đánh giá đánh giá.",
    "CR620": "Bảng tính gửi lại có macro hoặc liên kết tới tệp khác; chúng bị bỏ qua.",
    "CR621": "Bảng tính không phải bảng kiểm mà `evaluate --xlsx` lập cho quy chế này.",
    "CR622": "Bảng kiểm được lập cho một năm khác năm đang gộp.",
    "CR623": "Một ô trạng thái có nội dung khác bốn trạng thái.",
    "CR624": "Một ô ngày (ngày văn bản, ngày hoàn thành) không chứa ngày.",
    "CR625": "Một ngày hoàn thành nằm ngoài năm được đánh giá.",
    "CR626": "Nội dung nhiệm vụ đã khóa bị sửa trong bảng kiểm gửi lại.",
    "CR627": "Một dòng nói về nhiệm vụ không thuộc năm được gộp.",
    "CR628": "Hai bảng kiểm gửi lại cho hai giá trị khác nhau về một nhiệm vụ.",
    "CR629": "Một dòng có giá trị không dùng được: chưa chọn trạng thái, hoặc không phải dòng nhiệm vụ.",
    "CR612": "Một năm đã qua hạn đánh giá mà chưa có bản đánh giá.",
    "CR701": "Mỗi bên chủ trì ít nhất một nhiệm vụ, tự mình hay qua một đơn vị.",
    "CR702": "Nhiệm vụ còn ghi chú `review`: chưa ai xác nhận.",
    "CR703": "Đoạn văn để trong `unplaced` chưa được đưa vào đúng chỗ.",
    "CR704": "Chương còn ghi chú `review`: thiếu điều hoặc điều được đoán.",
    "CR705": "Còn chỗ giữ chỗ của `coordreg new` (như `[...]`) chưa điền.",
    "CR801": "Văn bản không ở dạng Unicode NFC.",
    "CR901": "Mỗi văn bản được nêu trong tệp đều khai báo trong `acts`.",
    "CR902": "Văn bản có hiệu lực từ ngày ký trở về sau, hoặc ngày tháng cần xem lại.",
    "CR903": "Mỗi văn bản sửa đổi quy chế có hiệu lực trong thời gian quy chế còn hiệu lực.",
    "CR904": "Không thành phần nào có thời kỳ hiệu lực rỗng hay hai giá trị chồng lên nhau.",
    "CR905": "Tệp dùng các khóa của định dạng 2 thì ghi `format: 2`.",
    "CR906": "Mỗi giá trị trước đây (mục `before`) nói điều gì khác trước văn bản của nó.",
    "CR907": "Không nhiệm vụ nào do một cơ quan chủ trì hay phối hợp trước khi cơ quan đó có.",
}
